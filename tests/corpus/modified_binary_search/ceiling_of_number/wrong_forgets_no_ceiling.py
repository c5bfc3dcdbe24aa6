# expect: wrong_answer
# grokpat: ceiling-of-number
# mistake: not-found-index
def search_ceiling(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo          # len(nums) when every number is smaller than key
