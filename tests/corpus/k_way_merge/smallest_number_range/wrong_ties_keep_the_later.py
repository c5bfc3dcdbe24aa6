# expect: wrong_answer
# grokpat: smallest-number-range
# mistake: range-tie-replaced
def smallest_range(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapq.heapify(heap)
    hi = max(lst[0] for lst in lists)
    best = [-10**9, 10**9]
    while True:
        lo, i, j = heapq.heappop(heap)
        if hi - lo <= best[1] - best[0]:      # <= replaces an equally narrow range that starts earlier
            best = [lo, hi]
        if j + 1 == len(lists[i]):
            return best
        heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
        hi = max(hi, lists[i][j + 1])
