# expect: suboptimal
# grokpat: find-all-missing-numbers
class Solution:
    def find_missing_numbers(self, nums: List[int]) -> List[int]:
        return [x for x in range(1, len(nums) + 1) if x not in nums]
