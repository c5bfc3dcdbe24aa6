# expect: wrong_answer
# grokpat: next-interval
import heapq


def find_right_interval(intervals):
    ends = [(-e, i) for i, (_, e) in enumerate(intervals)]
    starts = [(-s, i) for i, (s, _) in enumerate(intervals)]
    heapq.heapify(ends)
    heapq.heapify(starts)
    res = [-1] * len(intervals)
    while ends:
        e, i = heapq.heappop(ends)
        best = None
        while starts and -starts[0][0] >= -e:
            best = heapq.heappop(starts)       # never pushed back: a smaller end cannot reuse it
        if best is not None:
            res[i] = best[1]
    return res
