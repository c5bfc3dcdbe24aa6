# expect: wrong_answer
# grokpat: find-duplicate-number
# mistake: rearranges-forbidden-input
class Solution:
    def find_duplicate(self, nums: List[int]) -> int:
        i = 0
        while i < len(nums):
            j = nums[i] - 1
            if nums[i] != nums[j]:
                nums[i], nums[j] = nums[j], nums[i]  # rearranges nums, which is not allowed
            elif i != j:
                return nums[i]
            else:
                i += 1
        return -1
