# expect: suboptimal
# grokpat: number-range
def search_range(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            first = last = mid
            while first > 0 and nums[first - 1] == key:
                first -= 1
            while last < len(nums) - 1 and nums[last + 1] == key:
                last += 1
            return [first, last]
        if nums[mid] < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]
