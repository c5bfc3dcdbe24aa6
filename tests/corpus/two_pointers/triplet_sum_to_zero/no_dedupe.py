# expect: wrong_answer
# grokpat: triplet-sum-to-zero
# mistake: skips-duplicates-wrongly
def triplets_sum_zero(nums):
    nums.sort()
    res = []
    for i in range(len(nums) - 2):
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if s == 0:
                res.append([nums[i], nums[l], nums[r]])
                l += 1
                r -= 1
            elif s < 0:
                l += 1
            else:
                r -= 1
    return res
