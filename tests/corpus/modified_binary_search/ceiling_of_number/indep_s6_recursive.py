# expect: accepted
# grokpat: ceiling-of-number
class Solution:
    def search_ceiling(self, nums: List[int], key: int) -> int:
        def go(lo, hi):
            # smallest index in [lo, hi) with nums[i] >= key, or hi
            if lo == hi:
                return lo
            mid = (lo + hi) // 2
            if nums[mid] >= key:
                return go(lo, mid)
            return go(mid + 1, hi)

        i = go(0, len(nums))
        return i if i < len(nums) else -1
