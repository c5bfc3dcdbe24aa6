# expect: runtime_error
# grokpat: triplet-sum-close-to-target
def triplet_sum_close_to_target(nums, target):
    nums.sort()
    best = None
    for i in range(len(nums) - 2):
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if abs(s - target) < abs(best - target) or (abs(s - target) == abs(best - target) and s < best):
                best = s
            if s < target:
                l += 1
            else:
                r -= 1
    return best
