# expect: accepted
# grokpat: kth-smallest-number
import heapq


def kth_smallest(nums: list[int], k: int) -> int:
    # max-heap (negated) of the k smallest seen so far
    heap = [-x for x in nums[:k]]
    heapq.heapify(heap)
    for x in nums[k:]:
        if -x > heap[0]:
            heapq.heapreplace(heap, -x)
    return -heap[0]
