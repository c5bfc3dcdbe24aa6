# expect: runtime_error
# grokpat: kth-smallest-in-m-sorted-lists
class Solution:
    def kth_smallest_in_lists(self, lists: List[List[int]], k: int) -> int:
        heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]   # an empty list has no lst[0]
        heapq.heapify(heap)
        for _ in range(k - 1):
            _, i, j = heapq.heappop(heap)
            if j + 1 < len(lists[i]):
                heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
        return heap[0][0]
