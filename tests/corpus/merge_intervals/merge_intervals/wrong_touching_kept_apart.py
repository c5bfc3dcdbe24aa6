# expect: wrong_answer
# grokpat: merge-intervals
# mistake: touching-handled-wrongly
def merge(intervals):
    intervals = sorted(intervals)
    out = []
    for s, e in intervals:
        if out and s < out[-1][1]:  # strict: [1, 4] and [4, 5] stay apart
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
