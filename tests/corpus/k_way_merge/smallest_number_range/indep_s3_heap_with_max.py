# expect: accepted
# grokpat: smallest-number-range
def smallest_range(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapq.heapify(heap)
    cur_max = max(lst[0] for lst in lists)
    best = None
    while True:
        lo, i, j = heapq.heappop(heap)
        if best is None or cur_max - lo < best[1] - best[0]:
            best = [lo, cur_max]
        if j + 1 == len(lists[i]):
            return best
        nxt = lists[i][j + 1]
        cur_max = max(cur_max, nxt)
        heapq.heappush(heap, (nxt, i, j + 1))
