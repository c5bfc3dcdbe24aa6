# expect: suboptimal
# grokpat: longest-palindromic-substring
class Solution:
    def longest_palindromic_substring(self, s: str) -> int:
        n = len(s)
        for length in range(n, 0, -1):
            for start in range(n - length + 1):
                lo, hi = start, start + length - 1
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi:
                    return length
        return 0
