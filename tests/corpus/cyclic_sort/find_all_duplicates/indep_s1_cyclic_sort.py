# expect: accepted
# grokpat: find-all-duplicates
class Solution:
    def find_duplicates(self, nums: List[int]) -> List[int]:
        i = 0
        while i < len(nums):
            j = nums[i] - 1
            if nums[j] != nums[i]:
                nums[i], nums[j] = nums[j], nums[i]
            else:
                i += 1
        return [nums[i] for i in range(len(nums)) if nums[i] != i + 1]
