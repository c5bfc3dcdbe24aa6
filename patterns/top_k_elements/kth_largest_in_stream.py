"""Kth Largest Number in a Stream: reference (a min-heap of the k largest) and oracle."""

import heapq
import random


class KthLargest:
    """A min-heap of the k largest numbers so far: its root is the k-th largest. A number
    that falls out can never return to the top k. O(log k) per add, O(k) space."""

    def __init__(self, k: int, nums: list[int]) -> None:
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]


class brute_force:
    """Keep the whole stream; sort it on every add."""

    def __init__(self, k: int, nums: list[int]) -> None:
        self.k = k
        self.items = list(nums)

    def add(self, val: int) -> int:
        self.items.append(val)
        return sorted(self.items, reverse=True)[self.k - 1]


def inputs():
    """A k valid for the starting numbers, then up to 25 adds; values often from a narrow
    range so that equal numbers meet."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        lo, hi = draw(st.sampled_from([(-3, 3), (-10_000, 10_000)]))
        value = st.integers(lo, hi)
        nums = draw(st.lists(value, max_size=12))
        k = draw(st.integers(1, len(nums) + 1))
        adds = draw(st.lists(value, min_size=1, max_size=25))
        return {"operations": ["KthLargest"] + ["add"] * len(adds), "arguments": [[k, nums]] + [[v] for v in adds]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n / 2 starting numbers, k = n / 4, then n / 2 adds: sorting the stream on every add
    costs about n log n per add instead of log k."""
    half = n // 2
    nums = [rng.randint(-10_000, 10_000) for _ in range(half)]
    adds = [[rng.randint(-10_000, 10_000)] for _ in range(n - half)]
    return {"operations": ["KthLargest"] + ["add"] * len(adds), "arguments": [[max(1, n // 4), nums]] + adds}
