# expect: suboptimal
# grokpat: search-bitonic-array
def search_bitonic(nums, key):
    peak = nums.index(max(nums))            # O(n) to find the maximum

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

    i = bs(0, peak, True)
    return i if i != -1 else bs(peak + 1, len(nums) - 1, False)
