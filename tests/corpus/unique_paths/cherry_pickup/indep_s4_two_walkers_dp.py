# expect: accepted
# grokpat: cherry-pickup
def cherry_pickup(grid):
    n = len(grid)
    NEG = float("-inf")
    # dp[r1][r2]: best after both walkers made k steps, at (r1, k-r1) and (r2, k-r2)
    dp = [[NEG] * n for _ in range(n)]
    dp[0][0] = grid[0][0]
    for k in range(1, 2 * n - 1):
        new = [[NEG] * n for _ in range(n)]
        lo = max(0, k - n + 1)
        hi = min(n - 1, k)
        for r1 in range(lo, hi + 1):
            c1 = k - r1
            if grid[r1][c1] == -1:
                continue
            for r2 in range(r1, hi + 1):
                c2 = k - r2
                if grid[r2][c2] == -1:
                    continue
                best = dp[r1][r2]
                if r1 > 0:
                    best = max(best, dp[r1 - 1][r2])
                if r2 > 0:
                    best = max(best, dp[r1][r2 - 1])
                if r1 > 0 and r2 > 0:
                    best = max(best, dp[r1 - 1][r2 - 1])
                if best == NEG:
                    continue
                gain = grid[r1][c1]
                if r1 != r2:
                    gain += grid[r2][c2]
                new[r1][r2] = best + gain
        dp = new
    ans = dp[n - 1][n - 1]
    return max(0, ans) if ans != NEG else 0
