"""Subsets: reference (breadth-first doubling of the list) and oracle (bit masks)."""


def subsets(nums: list[int]) -> list[list[int]]:
    """Start from [[]]; each number doubles the list (every old subset, now also with it).

    Every subset of the first k numbers is built exactly once, so the 2^n subsets of up to
    n numbers cost O(n · 2^n) time, the size of the output.
    """
    result: list[list[int]] = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]  # a new list each: nothing is shared
    return result


def brute_force(nums: list[int]) -> list[list[int]]:
    """Bit i of a mask from 0 to 2^n - 1 says whether nums[i] is in the subset."""
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
