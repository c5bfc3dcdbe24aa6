# expect: wrong_answer
# grokpat: first-missing-positive
# mistake: forgets-last-number
class Solution:
    def first_missing_positive(self, nums: List[int]) -> int:
        n = len(nums)
        i = 0
        while i < n:
            v = nums[i]
            if 0 < v <= n and nums[v - 1] != v:
                nums[i], nums[v - 1] = nums[v - 1], nums[i]
            else:
                i += 1
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n  # when 1..n are all present the answer is n + 1
