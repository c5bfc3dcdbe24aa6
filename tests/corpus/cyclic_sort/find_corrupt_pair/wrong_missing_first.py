# expect: wrong_answer
# grokpat: find-corrupt-pair
# mistake: reads-back-wrong
class Solution:
    def find_corrupt_numbers(self, nums: List[int]) -> List[int]:
        i = 0
        while i < len(nums):
            j = nums[i] - 1
            if nums[i] != nums[j]:
                nums[i], nums[j] = nums[j], nums[i]
            else:
                i += 1
        for i in range(len(nums)):
            if nums[i] != i + 1:
                return [i + 1, nums[i]]  # [missing, duplicate]: the wrong order
        return [-1, -1]
