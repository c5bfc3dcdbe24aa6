# expect: suboptimal
# grokpat: triplet-sum-close-to-target
def triplet_sum_close_to_target(nums, target):
    n = len(nums)
    best = None
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                s = nums[i] + nums[j] + nums[k]
                if best is None or abs(s - target) < abs(best - target) or (abs(s - target) == abs(best - target) and s < best):
                    best = s
    return best
