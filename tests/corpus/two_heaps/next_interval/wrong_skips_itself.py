# expect: wrong_answer
# grokpat: next-interval
# mistake: equality-counts-interval
import heapq


class Solution:
    def find_right_interval(self, intervals: List[List[int]]) -> List[int]:
        ends = [(-e, i) for i, (_, e) in enumerate(intervals)]
        starts = [(-s, i) for i, (s, _) in enumerate(intervals)]
        heapq.heapify(ends)
        heapq.heapify(starts)
        res = [-1] * len(intervals)
        while ends:
            e, i = heapq.heappop(ends)
            e = -e
            best = None
            popped = []
            while starts and -starts[0][0] >= e:
                top = heapq.heappop(starts)
                popped.append(top)
                if top[1] != i:                   # an interval may be its own next interval
                    best = top
            for p in popped[-2:]:
                heapq.heappush(starts, p)
            if best is not None:
                res[i] = best[1]
        return res
