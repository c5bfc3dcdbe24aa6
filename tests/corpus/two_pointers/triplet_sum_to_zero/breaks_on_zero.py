# expect: wrong_answer
# grokpat: triplet-sum-to-zero
# mistake: unjustified-move
def triplets_sum_zero(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if nums[i] >= 0:
            break  # nothing positive can start a zero sum
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if s == 0:
                res.append([nums[i], nums[l], nums[r]])
                l += 1
                while l < r and nums[l] == nums[l - 1]:
                    l += 1
            elif s < 0:
                l += 1
            else:
                r -= 1
    return res
