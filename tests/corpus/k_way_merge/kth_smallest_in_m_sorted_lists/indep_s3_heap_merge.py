# expect: accepted
# grokpat: kth-smallest-in-m-sorted-lists
def kth_smallest_in_lists(lists, k):
    heap = [(arr[0], i, 0) for i, arr in enumerate(lists) if arr]
    heapq.heapify(heap)
    while True:
        val, i, j = heapq.heappop(heap)
        k -= 1
        if k == 0:
            return val
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
