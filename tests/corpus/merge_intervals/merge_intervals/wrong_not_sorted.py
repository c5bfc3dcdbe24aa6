# expect: wrong_answer
# grokpat: merge-intervals
# mistake: not-sorted
def merge(intervals):
    out = []
    for s, e in intervals:  # assumes the input is already in order
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
