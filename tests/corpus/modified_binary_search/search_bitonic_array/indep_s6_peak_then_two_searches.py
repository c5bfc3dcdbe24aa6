# expect: accepted
# grokpat: search-bitonic-array
def search_bitonic(nums, key):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:  # find index of the maximum
        mid = (lo + hi) // 2
        if nums[mid] < nums[mid + 1]:
            lo = mid + 1
        else:
            hi = mid
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

    r = bs(0, peak, True)
    if r != -1:
        return r
    return bs(peak + 1, n - 1, False)
