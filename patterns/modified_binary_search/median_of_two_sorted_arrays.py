"""Median of Two Sorted Arrays: reference (binary search on the partition of the shorter array) and oracle."""

import random


def find_median_sorted_arrays(nums1: list[int], nums2: list[int]) -> float:
    """Binary search how many of the lower half come from the shorter array: O(log(min(m, n))), O(1) space.

    Taking i numbers from a (the shorter array) and j = half - i from b gives a valid lower
    half exactly when a[i - 1] <= b[j] and b[j - 1] <= a[i] (missing neighbours count as
    -inf / +inf). If a[i - 1] > b[j], too many come from a, so i must shrink; otherwise, if
    b[j - 1] > a[i], i must grow. That test is monotonic in i, hence the binary search.
    """
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2  # the lower half holds the median when m + n is odd
    lo, hi = 0, m
    inf = float("inf")
    while lo <= hi:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left_max = max(a_left, b_left)
            if (m + n) % 2:
                return float(left_max)
            return (left_max + min(a_right, b_right)) / 2
    raise AssertionError("unreachable for sorted inputs")


def brute_force(nums1: list[int], nums2: list[int]) -> float:
    """Sort everything together and read the middle."""
    merged = sorted(nums1 + nums2)
    k = len(merged)
    if k % 2:
        return float(merged[k // 2])
    return (merged[k // 2 - 1] + merged[k // 2]) / 2


def inputs():
    """Two sorted lists (either may be empty, not both), often overlapping or with equal numbers."""
    from hypothesis import strategies as st

    values = st.integers(-5, 5) | st.integers(-10**6, 10**6)

    @st.composite
    def draw(draw):
        a = sorted(draw(st.lists(values, max_size=20)))
        b = sorted(draw(st.lists(values, min_size=0 if a else 1, max_size=20)))
        if draw(st.booleans()):
            a, b = b, a
        return {"nums1": a, "nums2": b}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Two interleaved sorted arrays of n / 2 numbers each, with an even total: merging reads them all."""
    half = n // 2
    evens = sorted(2 * rng.randint(-10**5, 10**5) for _ in range(half))
    odds = sorted(2 * rng.randint(-10**5, 10**5) + 1 for _ in range(n - half))
    return {"nums1": evens, "nums2": odds}
