# expect: suboptimal
# grokpat: combination-sum-iv
def combination_sum4(nums, target):
    if target == 0:
        return 1
    return sum(combination_sum4(nums, target - x) for x in nums if x <= target)
