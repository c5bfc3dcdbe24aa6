# expect: suboptimal
# grokpat: intervals-intersection
def intervals_intersection(first, second):
    res = []
    for a in first:
        for b in second:
            lo, hi = max(a[0], b[0]), min(a[1], b[1])
            if lo <= hi:
                res.append([lo, hi])
    return res
