# expect: wrong_answer
# grokpat: top-k-frequent-numbers
def top_k_frequent(nums, k):
    heap = []
    for v, c in Counter(nums).items():
        heapq.heappush(heap, (-c, v))   # negated: popping now evicts the most frequent
        if len(heap) > k:
            heapq.heappop(heap)
    return [v for _, v in heap]
