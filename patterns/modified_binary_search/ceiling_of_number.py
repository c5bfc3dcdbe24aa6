"""Ceiling of a Number: reference (binary search for the first number >= key) and oracle."""

import random


def search_ceiling(nums: list[int], key: int) -> int:
    """Binary search keeping the ceiling's index inside [lo, hi + 1]: O(log n), O(1) space.

    When the loop ends, lo == hi + 1 and every index before lo holds a number < key while
    every index from lo on holds a number >= key, so lo is the ceiling, unless lo == len(nums)
    (every number is smaller than key).
    """
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        if nums[mid] < key:
            lo = mid + 1  # mid and everything before it are too small
        else:
            hi = mid - 1  # mid is a candidate; look for an earlier one
    return lo if lo < len(nums) else -1


def brute_force(nums: list[int], key: int) -> int:
    """Among the indices holding a number >= key, the one with the smallest number."""
    candidates = [i for i, v in enumerate(nums) if v >= key]
    return min(candidates, key=lambda i: nums[i]) if candidates else -1


def inputs():
    """Distinct ascending lists; the key often equals a number, sits just beside one, or lies beyond an end."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        nums = sorted(draw(st.lists(st.integers(-10**9, 10**9) | st.integers(-50, 50), min_size=1, max_size=30, unique=True)))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            key = draw(st.sampled_from(nums))
        elif kind == 1:
            key = draw(st.sampled_from(nums)) + draw(st.sampled_from([-1, 1]))
        elif kind == 2:
            key = draw(st.sampled_from([nums[0] - 1, nums[-1] + 1, -10**9, 10**9]))
        else:
            key = draw(st.integers(-10**9, 10**9) | st.integers(-60, 60))
        return {"nums": nums, "key": max(-10**9, min(10**9, key))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers and an odd key in the middle: a scan from either end reads half the array."""
    start = 2 * rng.randint(-10**6, 10**6)
    nums = list(range(start, start + 2 * n, 2))
    return {"nums": nums, "key": nums[n // 2] - 1}
