# expect: suboptimal
# grokpat: smallest-number-range
def smallest_range(lists):
    best = None
    for a in sorted(x for lst in lists for x in lst):
        b = a
        for lst in lists:            # the first number >= a in every list
            i = bisect.bisect_left(lst, a)
            if i == len(lst):
                b = None
                break
            b = max(b, lst[i])
        if b is not None and (best is None or b - a < best[1] - best[0]):
            best = [a, b]
    return best
