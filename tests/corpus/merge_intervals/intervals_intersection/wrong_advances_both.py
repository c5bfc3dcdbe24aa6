# expect: wrong_answer
# grokpat: intervals-intersection
# mistake: intersection-wrong-pointer
def intervals_intersection(first, second):
    i = j = 0
    out = []
    while i < len(first) and j < len(second):
        a, b = first[i]
        c, d = second[j]
        if max(a, c) <= min(b, d):
            out.append([max(a, c), min(b, d)])
            i += 1  # both move on after a match, but the longer one may meet more
            j += 1
        elif b < c:
            i += 1
        else:
            j += 1
    return out
