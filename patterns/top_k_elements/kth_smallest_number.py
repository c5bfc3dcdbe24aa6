"""Kth Smallest Number: reference (a max-heap of the k smallest so far) and oracle."""

import heapq
import random


def kth_smallest(nums: list[int], k: int) -> int:
    """Keep the k smallest numbers seen so far in a max-heap (negated for heapq): its top is
    the largest of them, the one a smaller newcomer replaces. After the scan the top is
    the k-th smallest. O(n log k) time, O(k) space."""
    heap: list[int] = []
    for x in nums:
        heapq.heappush(heap, -x)
        if len(heap) > k:
            heapq.heappop(heap)  # drop the largest: it cannot be among the k smallest
    return -heap[0]


def brute_force(nums: list[int], k: int) -> int:
    """The number at index k - 1 of the sorted array."""
    return sorted(nums)[k - 1]


def probe(n: int, rng: random.Random) -> dict:
    """k = n / 2: picking the minimum k times (n * k) is quadratic here."""
    return {"nums": [rng.randint(-10_000, 10_000) for _ in range(n)], "k": n // 2}
