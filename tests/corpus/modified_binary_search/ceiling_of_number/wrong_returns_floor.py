# expect: wrong_answer
# grokpat: ceiling-of-number
# mistake: floor-for-ceiling
class Solution:
    def search_ceiling(self, nums, key):
        lo, hi = 0, len(nums) - 1
        if key > nums[-1]:
            return -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == key:
                return mid
            if nums[mid] < key:
                lo = mid + 1
            else:
                hi = mid - 1
        return max(hi, 0)      # hi is the floor, not the ceiling
