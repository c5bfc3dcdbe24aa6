# expect: wrong_answer
# grokpat: target-sum
# mistake: zeros-either-way
from functools import lru_cache


def find_target_subsets(nums, target):
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0

    @lru_cache(maxsize=None)
    def ways(i, s):
        if s == 0:  # stops before the zeros left, which could take either sign
            return 1
        if i == len(nums) or s < 0:
            return 0
        return ways(i + 1, s - nums[i]) + ways(i + 1, s)

    return ways(0, (total + target) // 2)
