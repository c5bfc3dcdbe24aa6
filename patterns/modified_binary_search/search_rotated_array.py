"""Search in Rotated Array: reference (binary search on the sorted half) and oracle."""

import random


def search_rotated(nums: list[int], key: int) -> int:
    """At least one of nums[lo..mid] and nums[mid..hi] is sorted: O(log n), O(1) space.

    The numbers are distinct, so nums[lo] <= nums[mid] means no rotation point lies in
    lo..mid and that half is sorted (lo == mid counts as sorted). If key lies within the
    sorted half's range, search there; otherwise it can only be in the other half.
    """
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        if nums[mid] == key:
            return mid
        if nums[lo] <= nums[mid]:  # the left half is sorted
            if nums[lo] <= key < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # the right half is sorted
            if nums[mid] < key <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def brute_force(nums: list[int], key: int) -> int:
    """Look at every index."""
    for i, value in enumerate(nums):
        if value == key:
            return i
    return -1


def inputs():
    """A distinct ascending list rotated by any amount (none included); the key is often present."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        values = sorted(draw(st.lists(st.integers(-30, 30) | st.integers(-10**9, 10**9), min_size=1, max_size=30, unique=True)))
        k = draw(st.integers(0, len(values) - 1))
        nums = values[k:] + values[:k]
        kind = draw(st.integers(0, 3))
        if kind <= 1:
            key = draw(st.sampled_from(nums))
        elif kind == 2:
            key = draw(st.sampled_from(nums)) + draw(st.sampled_from([-1, 1]))
        else:
            key = draw(st.integers(-35, 35) | st.integers(-10**9, 10**9))
        return {"nums": nums, "key": max(-10**9, min(10**9, key))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers rotated at the middle, an odd key: absent, and the rotation point n / 2 steps from either end."""
    start = 2 * rng.randint(-10**6, 10**6)
    values = list(range(start, start + 2 * n, 2))
    k = n // 2
    nums = values[k:] + values[:k]
    return {"nums": nums, "key": values[n // 4] + 1}
