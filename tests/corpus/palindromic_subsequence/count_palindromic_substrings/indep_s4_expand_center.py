# expect: accepted
# grokpat: count-palindromic-substrings
class Solution:
    def count_palindromic_substrings(self, s):
        total = 0
        n = len(s)
        for center in range(n):
            for lo, hi in ((center, center), (center, center + 1)):
                while lo >= 0 and hi < n and s[lo] == s[hi]:
                    total += 1
                    lo -= 1
                    hi += 1
        return total
