# expect: accepted
# grokpat: longest-common-substring
def longest_common_substring(s1: str, s2: str) -> int:
    m = len(s2)
    prev = [0] * (m + 1)
    best = 0
    for a in s1:
        cur = [0] * (m + 1)
        for j in range(m):
            if a == s2[j]:
                v = prev[j] + 1
                cur[j + 1] = v
                if v > best:
                    best = v
        prev = cur
    return best
