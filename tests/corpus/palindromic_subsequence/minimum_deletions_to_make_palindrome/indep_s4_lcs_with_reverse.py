# expect: accepted
# grokpat: minimum-deletions-to-make-palindrome
class Solution:
    def min_deletions_to_palindrome(self, s: str) -> int:
        r = s[::-1]
        n = len(s)
        prev = [0] * (n + 1)
        for a in s:
            cur = [0] * (n + 1)
            for j in range(1, n + 1):
                if a == r[j - 1]:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = max(prev[j], cur[j - 1])
            prev = cur
        # keep the longest palindromic subsequence, delete the rest
        return n - prev[n]
