# expect: wrong_answer
# grokpat: rod-cutting
# mistake: each-item-once
def cut_rod(prices):
    n = len(prices)
    best = [0] * (n + 1)
    for k in range(1, n + 1):
        for length in range(n, k - 1, -1):  # downward: each piece length used at most once
            best[length] = max(best[length], best[length - k] + prices[k - 1])
    return best[n]
