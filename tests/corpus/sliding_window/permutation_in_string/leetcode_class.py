# expect: accepted
# grokpat: permutation-in-string
class Solution:
    def check_inclusion(self, pattern: str, s: str) -> bool:
        m, n = len(pattern), len(s)
        if m > n:
            return False
        a, b = [0] * 26, [0] * 26
        for i in range(m):
            a[ord(pattern[i]) - 97] += 1
            b[ord(s[i]) - 97] += 1
        for i in range(m, n):
            if a == b:
                return True
            b[ord(s[i]) - 97] += 1
            b[ord(s[i - m]) - 97] -= 1
        return a == b
