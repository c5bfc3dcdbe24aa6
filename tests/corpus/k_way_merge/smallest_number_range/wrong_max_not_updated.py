# expect: wrong_answer
# grokpat: smallest-number-range
class Solution:
    def smallest_range(self, lists: List[List[int]]) -> List[int]:
        heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
        heapq.heapify(heap)
        hi = max(lst[0] for lst in lists)
        best = [heap[0][0], hi]
        while True:
            lo, i, j = heapq.heappop(heap)
            if hi - lo < best[1] - best[0]:
                best = [lo, hi]
            if j + 1 == len(lists[i]):
                return best
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))   # forgot: hi = max(hi, the pushed number)
