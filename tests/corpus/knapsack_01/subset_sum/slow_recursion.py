# expect: suboptimal
# grokpat: subset-sum
def subset_sum(nums, target):
    def can(i, s):
        if s == 0:
            return True
        if i == len(nums) or s < 0:
            return False
        return can(i + 1, s - nums[i]) or can(i + 1, s)

    return can(0, target)
