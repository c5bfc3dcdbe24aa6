"""Squaring a Sorted Array: reference (two pointers, fill from the back) and oracle."""


def square_sorted(nums: list[int]) -> list[int]:
    """The largest square is at one of the two ends: fill the result from its end, O(n)."""
    n = len(nums)
    squares = [0] * n
    left, right = 0, n - 1
    for slot in range(n - 1, -1, -1):  # the largest remaining square goes in the last free slot
        left_sq, right_sq = nums[left] * nums[left], nums[right] * nums[right]
        if left_sq > right_sq:
            squares[slot] = left_sq
            left += 1
        else:
            squares[slot] = right_sq
            right -= 1
    return squares


def brute_force(nums: list[int]) -> list[int]:
    """Square every number, then sort: O(n log n)."""
    return sorted(x**2 for x in nums)
