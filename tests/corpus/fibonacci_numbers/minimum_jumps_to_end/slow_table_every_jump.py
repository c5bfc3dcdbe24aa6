# expect: suboptimal
# grokpat: minimum-jumps-to-end
def min_jumps(jumps):
    n = len(jumps)
    dp = [0] + [float("inf")] * (n - 1)
    for i in range(n):
        for j in range(i + 1, min(i + jumps[i], n - 1) + 1):
            dp[j] = min(dp[j], dp[i] + 1)
    return dp[-1]
