# expect: wrong_answer
# grokpat: minimum-path-sum
# mistake: start-cell-cost
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        dp = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                if i == 0 and j == 0:
                    continue  # the start cell's own cost is left out
                up = dp[i - 1][j] + grid[i][j] if i else float("inf")
                left = dp[i][j - 1] + grid[i][j] if j else float("inf")
                dp[i][j] = min(up, left)
        return dp[-1][-1]


def min_path_sum(grid):
    return Solution().minPathSum(grid)
