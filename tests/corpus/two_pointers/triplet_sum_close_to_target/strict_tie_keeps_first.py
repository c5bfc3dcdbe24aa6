# expect: wrong_answer
# grokpat: triplet-sum-close-to-target
# mistake: tie-to-larger-sum
def triplet_sum_close_to_target(nums, target):
    nums.sort()
    best = float("inf")
    for i in range(len(nums) - 2):
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if abs(s - target) < abs(best - target):
                best = s
            if s == target:
                return s
            if s < target:
                l += 1
            else:
                r -= 1
    return best
