# expect: accepted
# grokpat: max-sum-subarray-of-size-k
class Solution:
    def max_sum_subarray(self, nums: List[int], k: int) -> int:
        window = 0
        best = -inf
        for i, x in enumerate(nums):
            window += x
            if i >= k - 1:
                best = max(best, window)
                window -= nums[i - k + 1]
        return best
