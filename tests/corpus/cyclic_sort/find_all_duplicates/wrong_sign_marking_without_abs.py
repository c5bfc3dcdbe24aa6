# expect: wrong_answer
# grokpat: find-all-duplicates
# mistake: sign-without-abs
class Solution:
    def find_duplicates(self, nums: List[int]) -> List[int]:
        res = []
        for x in nums:
            if nums[x - 1] < 0:  # x itself may already be negated here
                res.append(x)
            else:
                nums[x - 1] = -nums[x - 1]
        return res
