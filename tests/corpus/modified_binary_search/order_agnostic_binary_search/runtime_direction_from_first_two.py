# expect: runtime_error
# grokpat: order-agnostic-binary-search
def binary_search(nums, key):
    ascending = nums[0] < nums[1]      # a single-element array has no nums[1]
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        if (nums[mid] < key) == ascending:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
