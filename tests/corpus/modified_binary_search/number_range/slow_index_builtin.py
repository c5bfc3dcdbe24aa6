# expect: suboptimal
# grokpat: number-range
def search_range(nums, key):
    if key not in nums:
        return [-1, -1]
    first = nums.index(key)
    return [first, len(nums) - 1 - nums[::-1].index(key)]
