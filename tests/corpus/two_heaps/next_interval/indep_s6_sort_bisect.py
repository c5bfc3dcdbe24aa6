# expect: accepted
# grokpat: next-interval
from bisect import bisect_left


def find_right_interval(intervals: list[list[int]]) -> list[int]:
    starts = sorted((s, i) for i, (s, _) in enumerate(intervals))
    keys = [s for s, _ in starts]
    out = []
    for _, e in intervals:
        p = bisect_left(keys, e)
        out.append(starts[p][1] if p < len(keys) else -1)
    return out
