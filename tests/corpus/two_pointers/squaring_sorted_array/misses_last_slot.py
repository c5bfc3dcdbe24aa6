# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: loop-bound
def square_sorted(nums):
    n = len(nums)
    res = [0] * n
    l, r, k = 0, n - 1, n - 1
    while l < r:
        if nums[l] ** 2 > nums[r] ** 2:
            res[k] = nums[l] ** 2
            l += 1
        else:
            res[k] = nums[r] ** 2
            r -= 1
        k -= 1
    return res
