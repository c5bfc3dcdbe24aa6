# expect: suboptimal
# grokpat: pair-with-target-sum
def pair_with_target_sum(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return [-1, -1]
