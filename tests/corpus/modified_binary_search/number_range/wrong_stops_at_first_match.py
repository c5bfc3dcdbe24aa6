# expect: wrong_answer
# grokpat: number-range
# mistake: stops-at-first-match
def search_range(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return [mid, mid]          # other copies of key are ignored
        if nums[mid] < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]
