# expect: accepted
# grokpat: distinct-subsequences
def num_distinct(s: str, t: str) -> int:
    k = len(t)
    if k > len(s):
        return 0
    # ways[j] = number of ways to form t[:j] from the prefix of s seen so far
    ways = [1] + [0] * k
    for ch in s:
        for j in range(k, 0, -1):
            if t[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[k]
