# expect: wrong_answer
# grokpat: remove-duplicates
# mistake: not-in-place
class Solution:
    def remove_duplicates(self, nums: List[int]) -> int:
        k = 1
        for i in range(1, len(nums)):
            if nums[i] != nums[k - 1]:
                nums[k] = nums[i]
                k += 1
        return k  # the LeetCode way: the judge there only reads nums[:k]
