# expect: wrong_answer
# grokpat: intervals-intersection
# mistake: intersection-wrong-pointer
def intervals_intersection(first, second):
    i = j = 0
    out = []
    while i < len(first) and j < len(second):
        lo = max(first[i][0], second[j][0])
        hi = min(first[i][1], second[j][1])
        if lo <= hi:
            out.append([lo, hi])
        if first[i][0] < second[j][0]:  # moves past the one that starts first
            i += 1
        else:
            j += 1
    return out
