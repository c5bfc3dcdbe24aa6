# expect: wrong_answer
# grokpat: pair-with-target-sum
# mistake: returns-wrong-thing
class Solution:
    def pair_with_target_sum(self, nums: List[int], target: int) -> List[int]:
        # Two Sum II habit: indices are 1-based there
        l, r = 0, len(nums) - 1
        while l < r:
            s = nums[l] + nums[r]
            if s == target:
                return [l + 1, r + 1]
            if s < target:
                l += 1
            else:
                r -= 1
        return [-1, -1]
