# expect: accepted
# grokpat: pair-with-target-sum
class Solution:
    def pair_with_target_sum(self, nums: List[int], target: int) -> List[int]:
        l, r = 0, len(nums) - 1
        while l < r:
            cur = nums[l] + nums[r]
            if cur == target:
                return [l, r]
            elif cur < target:
                l += 1
            else:
                r -= 1
        return [-1, -1]
