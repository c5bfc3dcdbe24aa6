# expect: suboptimal
# grokpat: minimum-coin-change
def min_coins(coins, amount):
    def fewest(i, left):
        if left == 0:
            return 0
        if i == len(coins):
            return float("inf")
        best = fewest(i + 1, left)
        if coins[i] <= left:
            best = min(best, 1 + fewest(i, left - coins[i]))
        return best

    result = fewest(0, amount)
    return -1 if result == float("inf") else result
