# expect: wrong_answer
# grokpat: order-agnostic-binary-search
# mistake: candidate-ruled-out
def binary_search(nums, key):
    lo, hi = 0, len(nums) - 1
    asc = nums[0] < nums[-1]
    while lo < hi:                      # misses the last candidate when lo == hi
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        if (key > nums[mid]) == asc:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
