# expect: wrong_answer
# grokpat: single-number
class Solution:
    def single_number(self, nums: List[int]) -> int:
        s = sorted(nums)
        for i in range(0, len(s) - 1, 2):
            if s[i] != s[i + 1]:
                return s[i]
        return 0            # forgets the largest number, left without a partner
