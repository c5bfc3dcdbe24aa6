# expect: accepted
# grokpat: pair-with-target-sum
def pair_with_target_sum(nums, target):
    def search(lo, hi):
        if lo >= hi:
            return [-1, -1]
        s = nums[lo] + nums[hi]
        if s == target:
            return [lo, hi]
        return search(lo + 1, hi) if s < target else search(lo, hi - 1)

    return search(0, len(nums) - 1)
