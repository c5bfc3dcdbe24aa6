# expect: wrong_answer
# grokpat: koko-eating-bananas
# mistake: candidate-ruled-out
def min_eating_speed(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid - 1
        else:
            lo = mid
    return lo
