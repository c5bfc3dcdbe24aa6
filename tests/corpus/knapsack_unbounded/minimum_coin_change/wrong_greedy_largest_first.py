# expect: wrong_answer
# grokpat: minimum-coin-change
# mistake: greedy-misses-exact-fill
def min_coins(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
