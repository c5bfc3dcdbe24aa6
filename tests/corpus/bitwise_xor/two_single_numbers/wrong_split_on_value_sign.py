# expect: wrong_answer
# grokpat: two-single-numbers
class Solution:
    def two_single_numbers(self, nums: List[int]) -> List[int]:
        a = b = 0
        for v in nums:               # the two answers need not have different signs
            if v < 0:
                a ^= v
            else:
                b ^= v
        return [a, b]
