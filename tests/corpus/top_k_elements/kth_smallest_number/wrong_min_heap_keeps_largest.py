# expect: wrong_answer
# grokpat: kth-smallest-number
# mistake: evicts-wrong-end
def kth_smallest(nums, k):
    heap = []
    for x in nums:
        heapq.heappush(heap, x)      # a min-heap: popping evicts the smallest, so it keeps the k largest
        if len(heap) > k:
            heapq.heappop(heap)
    return heap[0]
