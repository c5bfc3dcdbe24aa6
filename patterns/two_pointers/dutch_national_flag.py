"""Dutch National Flag: reference (three pointers, one pass) and oracle."""


def dutch_flag_sort(nums: list[int]) -> None:
    """One pass, O(1) space. Invariant: nums[:low] are 0s, nums[low:mid] are 1s,
    nums[high + 1:] are 2s, and nums[mid:high + 1] is not looked at yet."""
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]  # nums[low] was a 1 (or mid == low)
            low += 1
            mid += 1
        elif nums[mid] == 1:
            mid += 1
        else:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1  # mid stays: the number swapped in from high is still unchecked


def brute_force(nums: list[int]) -> None:
    """Count each value, then rewrite the list: two passes."""
    counts = [nums.count(0), nums.count(1), nums.count(2)]
    nums[:] = [0] * counts[0] + [1] * counts[1] + [2] * counts[2]
