# expect: accepted
# grokpat: next-interval
def find_right_interval(intervals):
    n = len(intervals)
    max_start = [(-s, i) for i, (s, e) in enumerate(intervals)]
    max_end = [(-e, i) for i, (s, e) in enumerate(intervals)]
    heapq.heapify(max_start)
    heapq.heapify(max_end)
    result = [-1] * n
    while max_end:
        neg_end, idx = heapq.heappop(max_end)
        end = -neg_end
        if max_start and -max_start[0][0] >= end:
            top = heapq.heappop(max_start)
            while max_start and -max_start[0][0] >= end:
                top = heapq.heappop(max_start)
            result[idx] = top[1]
            heapq.heappush(max_start, top)
    return result
