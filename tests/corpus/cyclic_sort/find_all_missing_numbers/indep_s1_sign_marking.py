# expect: accepted
# grokpat: find-all-missing-numbers
class Solution:
    def find_missing_numbers(self, nums):
        for v in nums:
            idx = abs(v) - 1
            if nums[idx] > 0:
                nums[idx] = -nums[idx]
        print("marked", len(nums))
        return [i + 1 for i, v in enumerate(nums) if v > 0]
