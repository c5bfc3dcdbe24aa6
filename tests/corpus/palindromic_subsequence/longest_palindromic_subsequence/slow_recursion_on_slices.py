# expect: suboptimal
# grokpat: longest-palindromic-subsequence
class Solution:
    def longest_palindromic_subsequence(self, s: str) -> int:
        if len(s) <= 1:
            return len(s)
        if s[0] == s[-1]:
            return 2 + self.longest_palindromic_subsequence(s[1:-1])
        return max(self.longest_palindromic_subsequence(s[1:]),
                   self.longest_palindromic_subsequence(s[:-1]))
