# expect: accepted
# grokpat: pair-with-target-sum
def pair_with_target_sum(nums: list[int], target: int) -> list[int]:
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            # skip copies on both sides: any copy pairs just as well
            while i + 1 < j and nums[i + 1] == nums[i]:
                i += 1
            while j - 1 > i and nums[j - 1] == nums[j]:
                j -= 1
            return [i, j]
        if s < target:
            i += 1
        else:
            j -= 1
    return [-1, -1]
