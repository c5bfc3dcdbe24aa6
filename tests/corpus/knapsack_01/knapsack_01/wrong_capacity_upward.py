# expect: wrong_answer
# grokpat: knapsack-01
def knapsack(profits, weights, capacity):
    dp = [0] * (capacity + 1)
    for p, w in zip(profits, weights):
        for c in range(w, capacity + 1):  # upward: the item can be taken again
            dp[c] = max(dp[c], dp[c - w] + p)
    return dp[capacity]
