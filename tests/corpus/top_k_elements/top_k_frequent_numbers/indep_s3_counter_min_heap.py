# expect: accepted
# grokpat: top-k-frequent-numbers
from collections import Counter
import heapq


def top_k_frequent(nums, k):
    freq = Counter(nums)
    heap = []
    for num, c in freq.items():
        heapq.heappush(heap, (c, num))
        if len(heap) > k:
            heapq.heappop(heap)
    return [num for _, num in heap]
