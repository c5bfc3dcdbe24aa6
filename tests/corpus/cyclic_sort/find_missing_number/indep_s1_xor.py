# expect: accepted
# grokpat: find-missing-number
class Solution:
    def find_missing_number(self, nums: List[int]) -> int:
        x = len(nums)
        for i, v in enumerate(nums):
            x ^= i ^ v
        return x
