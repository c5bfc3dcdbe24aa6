# expect: wrong_answer
# grokpat: unique-paths-with-obstacles
# mistake: first-row-obstacle
def unique_paths_with_obstacles(grid):
    m, n = len(grid), len(grid[0])
    if grid[0][0] == 1:
        return 0
    dp = [[0] * n for _ in range(m)]
    for i in range(m):
        dp[i][0] = 1  # cells below an obstacle in the first column are not reachable
    for j in range(n):
        dp[0][j] = 1
    for i in range(1, m):
        for j in range(1, n):
            dp[i][j] = 0 if grid[i][j] else dp[i - 1][j] + dp[i][j - 1]
    return dp[-1][-1] if grid[-1][-1] == 0 else 0
