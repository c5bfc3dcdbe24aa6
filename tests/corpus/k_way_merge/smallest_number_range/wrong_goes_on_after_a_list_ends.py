# expect: wrong_answer
# grokpat: smallest-number-range
# mistake: goes-on-after-a-list-ends
def smallest_range(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapq.heapify(heap)
    hi = max(lst[0] for lst in lists)
    best = [heap[0][0], hi]
    while heap:                      # keeps going after a list is used up
        lo, i, j = heapq.heappop(heap)
        if hi - lo < best[1] - best[0]:
            best = [lo, hi]
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
            hi = max(hi, lists[i][j + 1])
    return best
