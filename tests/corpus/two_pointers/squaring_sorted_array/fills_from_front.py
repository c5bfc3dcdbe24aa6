# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: squares-not-sorted
def square_sorted(nums):
    res = []
    l, r = 0, len(nums) - 1
    while l <= r:
        if abs(nums[l]) < abs(nums[r]):
            res.append(nums[l] ** 2)
            l += 1
        else:
            res.append(nums[r] ** 2)
            r -= 1
    return res
