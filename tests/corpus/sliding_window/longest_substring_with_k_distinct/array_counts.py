# expect: accepted
# grokpat: longest-substring-with-k-distinct
def longest_substring_k_distinct(s: str, k: int) -> int:
    count = [0] * 26
    distinct = 0
    i = 0
    best = 0
    for j in range(len(s)):
        c = ord(s[j]) - 97
        if count[c] == 0:
            distinct += 1
        count[c] += 1
        while distinct > k:
            d = ord(s[i]) - 97
            count[d] -= 1
            if count[d] == 0:
                distinct -= 1
            i += 1
        best = max(best, j - i + 1)
    return best
