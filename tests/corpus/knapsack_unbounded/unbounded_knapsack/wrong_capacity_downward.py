# expect: wrong_answer
# grokpat: unbounded-knapsack
def unbounded_knapsack(profits, weights, capacity):
    dp = [0] * (capacity + 1)
    for p, w in zip(profits, weights):
        for c in range(capacity, w - 1, -1):  # downward: each item at most once
            dp[c] = max(dp[c], dp[c - w] + p)
    return dp[capacity]
