# expect: wrong_answer
# grokpat: palindrome-partitioning-min-cuts
# mistake: pieces-not-cuts
class Solution:
    def min_palindrome_cuts(self, s: str) -> int:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        # dp[j] = fewest pieces for s[:j]; returns pieces, not cuts
        dp = [0] + [n] * n
        for j in range(1, n + 1):
            for i in range(j):
                if pal[i][j - 1]:
                    dp[j] = min(dp[j], dp[i] + 1)
        return dp[n]
