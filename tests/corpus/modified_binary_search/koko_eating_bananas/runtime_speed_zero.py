# expect: runtime_error
# grokpat: koko-eating-bananas
def min_eating_speed(piles, h):
    lo, hi = 0, max(piles)                 # speed 0 divides by zero
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
