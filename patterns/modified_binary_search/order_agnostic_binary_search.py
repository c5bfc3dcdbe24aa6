"""Order-agnostic Binary Search: reference (binary search, direction read from the ends) and oracle."""

import random


def binary_search(nums: list[int], key: int) -> int:
    """Compare the ends to learn the direction, then halve [lo, hi] each step: O(log n), O(1) space.

    The numbers are distinct, so nums[0] < nums[-1] exactly when the array ascends (a single
    element is both; either branch finds it). In a descending array "go right" means
    "key is smaller than nums[mid]", the mirror of the ascending case.
    """
    lo, hi = 0, len(nums) - 1
    ascending = nums[lo] <= nums[hi]
    while lo <= hi:  # invariant: if key is in nums, its index is in [lo, hi]
        mid = lo + (hi - lo) // 2
        if nums[mid] == key:
            return mid
        if (key > nums[mid]) == ascending:
            lo = mid + 1  # key lies after mid
        else:
            hi = mid - 1  # key lies before mid
    return -1


def brute_force(nums: list[int], key: int) -> int:
    """Look at every index."""
    for i, value in enumerate(nums):
        if value == key:
            return i
    return -1


def inputs():
    """Distinct sorted lists, ascending or descending; the key is often present (first, last, any)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        values = draw(st.lists(st.integers(-10**9, 10**9) | st.integers(-50, 50), min_size=1, max_size=30, unique=True))
        nums = sorted(values, reverse=draw(st.booleans()))
        kind = draw(st.integers(0, 4))
        if kind == 0:
            key = nums[0]
        elif kind == 1:
            key = nums[-1]
        elif kind == 2:
            key = draw(st.sampled_from(nums))
        elif kind == 3:  # just outside either end, or between two neighbours
            key = draw(st.sampled_from(nums)) + draw(st.sampled_from([-1, 1]))
            key = max(-10**9, min(10**9, key))
        else:
            key = draw(st.integers(-10**9, 10**9) | st.integers(-60, 60))
        return {"nums": nums, "key": key}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Descending even numbers and an odd key inside their range: absent, so a scan reads all n."""
    start = 2 * rng.randint(0, 10**6) + 2 * n
    nums = list(range(start, start - 2 * n, -2))
    return {"nums": nums, "key": nums[n // 2] + 1}
