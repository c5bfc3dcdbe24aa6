# expect: wrong_answer
# grokpat: combination-sum-iv
from functools import lru_cache


def combination_sum4(nums, target):
    @lru_cache(maxsize=None)
    def ways(t, used):
        if t == 0:
            return 1
        return sum(ways(t - x, used | 1 << i) for i, x in enumerate(nums) if x <= t and not used >> i & 1)

    return ways(target, 0)
