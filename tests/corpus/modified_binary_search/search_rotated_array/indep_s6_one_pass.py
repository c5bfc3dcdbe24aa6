# expect: accepted
# grokpat: search-rotated-array
class Solution:
    def search_rotated(self, nums, key):
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) >> 1
            if nums[mid] == key:
                return mid
            if nums[lo] <= nums[mid]:  # left half sorted
                if nums[lo] <= key < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:  # right half sorted
                if nums[mid] < key <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
