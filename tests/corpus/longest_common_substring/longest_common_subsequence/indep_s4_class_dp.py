# expect: accepted
# grokpat: longest-common-subsequence
class Solution:
    def longest_common_subsequence(self, s1: str, s2: str) -> int:
        m = len(s2)
        dp = [[0] * (m + 1) for _ in range(len(s1) + 1)]
        for i in range(1, len(s1) + 1):
            row, up = dp[i], dp[i - 1]
            a = s1[i - 1]
            for j in range(1, m + 1):
                if a == s2[j - 1]:
                    row[j] = up[j - 1] + 1
                else:
                    row[j] = up[j] if up[j] > row[j - 1] else row[j - 1]
        return dp[-1][-1]
