# expect: accepted
# grokpat: pair-with-target-sum
def pair_with_target_sum(nums, target):
    right = len(nums) - 1
    for left, x in enumerate(nums):
        while right > left and x + nums[right] > target:
            right -= 1
        if right <= left:
            break
        if x + nums[right] == target:
            return [left, right]
    return [-1, -1]
