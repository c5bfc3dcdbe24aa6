# expect: accepted
# grokpat: unbounded-knapsack
def unbounded_knapsack(profits, weights, capacity):
    dp = [0] * (capacity + 1)
    for p, w in zip(profits, weights):
        # ascending order lets the same kind be reused
        for c in range(w, capacity + 1):
            if dp[c - w] + p > dp[c]:
                dp[c] = dp[c - w] + p
    return dp[capacity]
