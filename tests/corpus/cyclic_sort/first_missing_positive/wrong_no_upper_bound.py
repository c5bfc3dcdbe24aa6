# expect: runtime_error
# grokpat: first-missing-positive
def first_missing_positive(nums):
    i = 0
    while i < len(nums):
        v = nums[i]
        if v > 0 and nums[v - 1] != v:  # forgets that v may exceed len(nums)
            nums[i], nums[v - 1] = nums[v - 1], nums[i]
        else:
            i += 1
    for i, v in enumerate(nums):
        if v != i + 1:
            return i + 1
    return len(nums) + 1
