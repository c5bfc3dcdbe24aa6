# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: not-in-place
def square_sorted(nums):
    for k in range(len(nums)):
        nums[k] *= nums[k]  # square in place to save memory: nums is now a valley
    res = [0] * len(nums)
    l, r = 0, len(nums) - 1
    for k in range(len(nums) - 1, -1, -1):
        if nums[l] > nums[r]:
            res[k] = nums[l]
            l += 1
        else:
            res[k] = nums[r]
            r -= 1
    return res
