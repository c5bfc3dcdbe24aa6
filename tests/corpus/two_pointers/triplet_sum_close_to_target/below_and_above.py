# expect: accepted
# grokpat: triplet-sum-close-to-target
def triplet_sum_close_to_target(nums, target):
    nums = sorted(nums)
    below, above = float("-inf"), float("inf")  # closest sums <= target and > target
    for i in range(len(nums) - 2):
        j, k = i + 1, len(nums) - 1
        while j < k:
            s = nums[i] + nums[j] + nums[k]
            if s <= target:
                below = max(below, s)
                j += 1
            else:
                above = min(above, s)
                k -= 1
        if below == target:
            break
    return below if target - below <= above - target else above
