# expect: wrong_answer
# grokpat: minimum-coin-change
# mistake: impossible-not-none
def min_coins(coins, amount):
    best = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                best[a] = min(best[a], best[a - c] + 1)
    return best[amount]  # amount + 1 comes back instead of -1
