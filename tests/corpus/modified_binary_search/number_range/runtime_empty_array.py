# expect: runtime_error
# grokpat: number-range
from bisect import bisect_left, bisect_right


class Solution:
    def search_range(self, nums, key):
        i = bisect_left(nums, key)
        if nums[min(i, len(nums) - 1)] != key:    # nums[-1] of an empty list
            return [-1, -1]
        return [i, bisect_right(nums, key) - 1]
