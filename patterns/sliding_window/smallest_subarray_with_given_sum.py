"""Smallest Subarray With a Greater Sum: reference (variable sliding window) and oracle."""

import random


def smallest_subarray_with_sum(nums: list[int], s: int) -> int:
    """Grow the window on the right; while its sum reaches s, record it and shrink it
    from the left. Every index enters and leaves the window at most once: O(n) time,
    O(1) space.

    Shrinking is safe because all numbers are positive: dropping the leftmost element
    only lowers the sum, so once the window falls below s, no shorter window ending at
    `right` can reach s either.
    """
    best = len(nums) + 1          # longer than any real window: "none found yet"
    window_sum = 0
    left = 0
    for right, x in enumerate(nums):
        window_sum += x                           # nums[right] enters the window
        while window_sum >= s:                    # valid: try to make it shorter
            best = min(best, right - left + 1)    # record before the left edge moves
            window_sum -= nums[left]              # nums[left] leaves the window
            left += 1
    return 0 if best == len(nums) + 1 else best


def brute_force(nums: list[int], s: int) -> int:
    """Try lengths 1, 2, 3, ... and sum every subarray of that length from scratch."""
    for length in range(1, len(nums) + 1):
        for start in range(len(nums) - length + 1):
            if sum(nums[start : start + length]) >= s:
                return length
    return 0


def probe(n: int, rng: random.Random) -> dict:
    """A target near a third of the total: the shortest window is about n / 3 long, so
    restarting the sum at every index costs O(n^2) while the window stays O(n)."""
    nums = [rng.randint(1, 100) for _ in range(n)]
    return {"nums": nums, "s": sum(nums) // 3}
