# expect: wrong_answer
# grokpat: search-rotated-array
# mistake: rotated-strict-half-test
def search_rotated(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        if nums[lo] < nums[mid]:        # lo == mid is a sorted half too
            if nums[lo] <= key < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < key <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
