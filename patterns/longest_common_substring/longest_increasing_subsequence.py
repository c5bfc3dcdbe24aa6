"""Longest Increasing Subsequence: reference (smallest tail per length, binary search) and oracle."""

import random
from bisect import bisect_left


def longest_increasing_subsequence(nums: list[int]) -> int:
    """tails[L - 1] is the smallest value that ends a strictly increasing subsequence of
    length L seen so far; tails is sorted. Each x replaces the first tail >= x (bisect_left,
    so an equal value does not extend) or, past the end, starts a longer subsequence.
    O(n log n) time, O(n) space.
    """
    tails: list[int] = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def brute_force(nums: list[int]) -> int:
    """Build every strictly increasing subsequence, one later and larger element at a
    time, and keep the longest: O(2^n) subsequences at worst."""

    def longest_from(i: int) -> int:  # the longest one that starts at position i
        return 1 + max((longest_from(j) for j in range(i + 1, len(nums)) if nums[j] > nums[i]), default=0)

    return max(longest_from(i) for i in range(len(nums)))


def inputs():
    """Short lists over tiny ranges (many equal values), near-sorted and near-reversed
    lists, and lists over the whole range."""
    from hypothesis import strategies as st

    tiny = st.lists(st.integers(-3, 3), min_size=1, max_size=12)
    wide = st.lists(st.integers(-10_000, 10_000), min_size=1, max_size=12)

    @st.composite
    def near_sorted(draw):
        nums = sorted(draw(st.lists(st.integers(-20, 20), min_size=1, max_size=10)))
        for _ in range(draw(st.integers(0, 3))):
            i, j = draw(st.integers(0, len(nums) - 1)), draw(st.integers(0, len(nums) - 1))
            nums[i], nums[j] = nums[j], nums[i]
        return nums[::-1] if draw(st.booleans()) else nums

    edges = st.sampled_from([[10_000], [-10_000, 10_000], [10_000, -10_000], [5] * 12])
    return st.one_of(tiny, wide, near_sorted(), edges).map(lambda nums: {"nums": nums})


def probe(n: int, rng: random.Random) -> dict:
    """Distinct sorted values with a few neighbours swapped: the answer is close to n, so
    scanning the subsequence endings one by one is as slow as possible, and the O(n^2)
    table is O(n^2) on any input."""
    nums = sorted(rng.sample(range(-10_000, 10_001), min(n, 20_001)))
    for i in range(0, len(nums) - 1, 7):
        nums[i], nums[i + 1] = nums[i + 1], nums[i]
    return {"nums": nums}
