# expect: wrong_answer
# grokpat: minimum-jumps-with-fee
# mistake: end-boundary
def min_fee(fee):
    n = len(fee)
    best = [float("inf")] * n  # best[i]: paid before standing on step i
    best[0] = 0
    for i in range(n):
        for j in (1, 2, 3):
            if i + j < n:
                best[i + j] = min(best[i + j], best[i] + fee[i])
    return best[n - 1] + fee[n - 1]  # forces a stop on the last step
