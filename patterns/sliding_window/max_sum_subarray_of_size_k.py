"""Maximum Sum Subarray of Size K: reference (fixed sliding window) and oracle."""


def max_sum_subarray(nums: list[int], k: int) -> int:
    """Slide a window of k elements, updating its sum in O(1) per step: O(n)."""
    window = sum(nums[:k])
    best = window
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best


def brute_force(nums: list[int], k: int) -> int:
    """Sum every window from scratch: O(n * k)."""
    return max(sum(nums[i : i + k]) for i in range(len(nums) - k + 1))
