# expect: runtime_error
# grokpat: find-missing-number
def find_missing_number(nums):
    i = 0
    while i < len(nums):
        j = nums[i]
        if nums[i] != nums[j]:  # j == n has no index
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i, v in enumerate(nums):
        if v != i:
            return i
    return len(nums)
