# expect: wrong_answer
# grokpat: search-rotated-array
# mistake: rotated-open-range
def search_rotated(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] < key < nums[mid]:   # misses key == nums[lo]
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < key <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
