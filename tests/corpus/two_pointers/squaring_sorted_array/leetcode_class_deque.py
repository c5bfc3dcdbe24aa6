# expect: accepted
# grokpat: squaring-sorted-array
class Solution:
    def square_sorted(self, nums: List[int]) -> List[int]:
        ans = deque()
        l, r = 0, len(nums) - 1
        while l <= r:
            if abs(nums[l]) > abs(nums[r]):
                ans.appendleft(nums[l] * nums[l])
                l += 1
            else:
                ans.appendleft(nums[r] * nums[r])
                r -= 1
        return list(ans)
