# expect: accepted
# grokpat: order-agnostic-binary-search
def binary_search(nums, key):
    lo, hi = 0, len(nums) - 1
    asc = nums[lo] <= nums[hi]
    while lo <= hi:
        mid = (lo + hi) // 2
        v = nums[mid]
        if v == key:
            return mid
        if (v < key) == asc:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
