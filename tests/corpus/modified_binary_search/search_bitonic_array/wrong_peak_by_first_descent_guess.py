# expect: wrong_answer
# grokpat: search-bitonic-array
def search_bitonic(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:                       # one search, treating the middle's slope as the direction
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        rising = mid + 1 < len(nums) and nums[mid] < nums[mid + 1]
        if (nums[mid] < key) == rising:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
