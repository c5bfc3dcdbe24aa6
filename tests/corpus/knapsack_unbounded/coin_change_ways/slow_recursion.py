# expect: suboptimal
# grokpat: coin-change-ways
def count_change(coins, amount):
    def ways(i, left):
        if left == 0:
            return 1
        if i == len(coins) or left < 0:
            return 0
        return ways(i, left - coins[i]) + ways(i + 1, left)

    return ways(0, amount)
