# expect: wrong_answer
# grokpat: find-missing-number
# mistake: forgets-last-number
class Solution:
    def find_missing_number(self, nums: List[int]) -> int:
        return sum(range(len(nums))) - sum(nums)  # the range is 0..n: range(n) stops at n - 1
