"""Search Bitonic Array: reference (binary search for the peak, then one per side) and oracle."""

import random


def search_bitonic(nums: list[int], key: int) -> int:
    """Three binary searches: the peak, the ascending side, the descending side. O(log n), O(1) space.

    Neighbours differ, so nums[mid] > nums[mid + 1] means mid is on the falling side (or is
    the peak) and the peak is at or before mid; otherwise the peak is after mid. The rising
    side is searched first because its indices are the smaller ones.
    """
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # lo == hi is the peak
        mid = lo + (hi - lo) // 2
        if nums[mid] > nums[mid + 1]:
            hi = mid
        else:
            lo = mid + 1
    peak = lo

    def search(lo: int, hi: int, ascending: bool) -> int:
        while lo <= hi:
            mid = lo + (hi - lo) // 2
            if nums[mid] == key:
                return mid
            if (nums[mid] < key) == ascending:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

    index = search(0, peak, ascending=True)
    return index if index != -1 else search(peak + 1, len(nums) - 1, ascending=False)


def brute_force(nums: list[int], key: int) -> int:
    """The first index holding key, read from the left."""
    for i, value in enumerate(nums):
        if value == key:
            return i
    return -1


def inputs():
    """A peak with a distinct rising side and a distinct falling side (either may be empty), which
    often share values; the key is often one of the numbers, a shared one or the peak."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        peak = draw(st.integers(-20, 20) | st.integers(-10**9 + 40, 10**9))
        pool = st.integers(peak - 30, peak - 1) | st.integers(-10**9, peak - 1)
        rising = sorted(draw(st.lists(pool, max_size=15, unique=True)))
        falling = sorted(draw(st.lists(pool, max_size=15, unique=True)), reverse=True)
        if rising and falling and draw(st.booleans()):  # share a value on both sides
            falling = sorted(set(falling) | {draw(st.sampled_from(rising))}, reverse=True)
        nums = rising + [peak] + falling
        kind = draw(st.integers(0, 3))
        common = sorted(set(rising) & set(falling))
        if kind == 0 and common:
            key = draw(st.sampled_from(common))
        elif kind <= 1:
            key = draw(st.sampled_from(nums))
        elif kind == 2:
            key = draw(st.sampled_from(nums)) + draw(st.sampled_from([-1, 1]))
        else:
            key = draw(st.integers(peak - 35, peak + 5) | st.integers(-10**9, 10**9))
        return {"nums": nums, "key": max(-10**9, min(10**9, key))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """The peak in the middle, the same even numbers on both sides, an odd key: absent, so a scan reads everything."""
    base = 2 * rng.randint(-10**6, 10**6)
    half = (n - 1) // 2
    rising = list(range(base, base + 2 * half, 2))
    falling = list(range(base + 2 * (n - 2 - half), base - 2, -2))
    nums = rising + [base + 2 * n] + falling
    return {"nums": nums, "key": base + 2 * (half // 2) + 1}
