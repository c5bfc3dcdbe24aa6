# expect: wrong_answer
# grokpat: search-bitonic-array
def search_bitonic(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[mid + 1]:
            hi = mid
        else:
            lo = mid + 1
    peak = lo

    def bs(lo, hi, asc):
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == key:
                return mid
            if (nums[mid] < key) == asc:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

    i = bs(peak, len(nums) - 1, False)       # the larger index when key is on both sides
    return i if i != -1 else bs(0, peak - 1, True)
