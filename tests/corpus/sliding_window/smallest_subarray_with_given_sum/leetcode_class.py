# expect: accepted
# grokpat: smallest-subarray-with-given-sum
class Solution:
    def smallest_subarray_with_sum(self, nums: List[int], s: int) -> int:
        left = total = 0
        ans = inf
        for right in range(len(nums)):
            total += nums[right]
            while total >= s:
                ans = min(ans, right - left + 1)
                total -= nums[left]
                left += 1
        return 0 if ans == inf else ans
