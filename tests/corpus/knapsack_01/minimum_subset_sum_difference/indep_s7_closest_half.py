# expect: accepted
# grokpat: minimum-subset-sum-difference
class Solution:
    def min_subset_sum_difference(self, nums):
        total = sum(nums)
        half = total // 2
        can = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if can[s - x]:
                    can[s] = True
        for s in range(half, -1, -1):
            if can[s]:
                return total - 2 * s
        return total
