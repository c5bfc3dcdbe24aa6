# expect: suboptimal
# grokpat: single-number-ii
class Solution:
    def single_number_ii(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
