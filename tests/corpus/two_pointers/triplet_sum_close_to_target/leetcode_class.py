# expect: accepted
# grokpat: triplet-sum-close-to-target
class Solution:
    def triplet_sum_close_to_target(self, nums: List[int], target: int) -> int:
        nums = sorted(nums)
        n = len(nums)
        closest = nums[0] + nums[1] + nums[2]
        for i in range(n - 2):
            l, r = i + 1, n - 1
            while l < r:
                s = nums[i] + nums[l] + nums[r]
                if s == target:
                    return s
                d, best_d = abs(s - target), abs(closest - target)
                if d < best_d or (d == best_d and s < closest):
                    closest = s
                if s < target:
                    l += 1
                else:
                    r -= 1
        return closest
