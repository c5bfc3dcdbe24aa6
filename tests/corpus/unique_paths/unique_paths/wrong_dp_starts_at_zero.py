# expect: wrong_answer
# grokpat: unique-paths
# mistake: first-row-column
def unique_paths(m, n):
    dp = [[0] * n for _ in range(m)]
    dp[0][0] = 1
    for i in range(1, m):
        for j in range(1, n):  # the first row and column are never filled in
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
    return dp[m - 1][n - 1]
