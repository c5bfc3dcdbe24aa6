# expect: suboptimal
# grokpat: search-rotated-array
import bisect


def search_rotated(nums, key):
    pivot = 0
    for i in range(1, len(nums)):           # O(n) hunt for the rotation point
        if nums[i] < nums[i - 1]:
            pivot = i
            break
    for lo, hi in ((0, pivot), (pivot, len(nums))):
        j = bisect.bisect_left(nums, key, lo, hi)
        if j < hi and nums[j] == key:
            return j
    return -1
