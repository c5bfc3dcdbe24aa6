# expect: wrong_answer
# grokpat: triplet-sum-close-to-target
# mistake: loop-bound
def triplet_sum_close_to_target(nums, target):
    nums = sorted(nums)
    best = None
    for i in range(len(nums) - 3):
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if best is None or (abs(s - target), s) < (abs(best - target), best):
                best = s
            if s < target:
                l += 1
            else:
                r -= 1
    return best
