# expect: wrong_answer
# grokpat: search-bitonic-array
import bisect


def search_bitonic(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[mid + 1]:
            hi = mid
        else:
            lo = mid + 1
    peak = lo
    for a, b in ((0, peak + 1), (peak + 1, len(nums))):
        i = bisect.bisect_left(nums, key, a, b)    # the falling side is not ascending
        if i < b and nums[i] == key:
            return i
    return -1
