"""Kth Smallest Number in M Sorted Lists: reference (a min-heap of the m fronts, k pops) and oracle."""

import heapq
import random


def kth_smallest_in_lists(lists: list[list[int]], k: int) -> int:
    """The merged order is produced one number at a time by popping the smallest front.
    Heapify the m fronts in O(m), then k pops and pushes of O(log m) each: O(m + k log m)
    time, O(m) space. Nothing past the k-th number is ever looked at."""
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    for _ in range(k - 1):
        _, i, j = heapq.heappop(heap)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return heap[0][0]


def brute_force(lists: list[list[int]], k: int) -> int:
    """Write every number into one array, sort it, index it."""
    return sorted(x for lst in lists for x in lst)[k - 1]


def inputs():
    """1 to 6 sorted arrays (some empty), values often from a narrow range so that equal
    numbers meet, and a k anywhere from 1 to the total count."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        lo, hi = draw(st.sampled_from([(-3, 3), (-100_000, 100_000), (0, 30), (100_000, 100_000)]))
        one = st.lists(st.integers(lo, hi), max_size=8).map(sorted)
        lists = draw(st.lists(one, min_size=1, max_size=6).filter(lambda ls: any(ls)))
        total = sum(len(lst) for lst in lists)
        return {"lists": lists, "k": draw(st.integers(1, total))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """m = n arrays of n numbers each and k = n: the heap pops only n times, while merging
    everything (or sorting all n * n numbers) does n times more work."""
    values = range(-100_000, 100_001)
    lists = [sorted(rng.choices(values, k=n)) for _ in range(n)]
    return {"lists": lists, "k": n}
