# expect: accepted
# grokpat: minimum-coin-change
def min_coins(coins: list[int], amount: int) -> int:
    INF = float("inf")
    usable = [c for c in set(coins) if c <= amount]
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        best = INF
        for c in usable:
            if c <= a and dp[a - c] + 1 < best:
                best = dp[a - c] + 1
        dp[a] = best
    return -1 if dp[amount] == INF else dp[amount]
