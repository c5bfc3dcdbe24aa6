# expect: wrong_answer
# grokpat: pair-with-target-sum
# mistake: loop-bound
def pair_with_target_sum(nums, target):
    left, right = 0, len(nums) - 1
    while left <= right:
        s = nums[left] + nums[right]
        if s == target:
            return [left, right]
        if s < target:
            left += 1
        else:
            right -= 1
    return [-1, -1]
