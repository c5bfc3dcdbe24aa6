# expect: wrong_answer
# grokpat: next-interval
# mistake: equality-counts-interval
import bisect


def find_right_interval(intervals):
    order = sorted((s, i) for i, (s, _) in enumerate(intervals))
    starts = [s for s, _ in order]
    out = []
    for _, end in intervals:
        k = bisect.bisect_right(starts, end)     # a start equal to the end counts too
        out.append(order[k][1] if k < len(order) else -1)
    return out
