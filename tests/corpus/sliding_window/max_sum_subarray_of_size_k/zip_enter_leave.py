# expect: accepted
# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums: list[int], k: int) -> int:
    best = cur = sum(nums[:k])
    for entering, leaving in zip(nums[k:], nums):
        cur += entering - leaving
        if cur > best:
            best = cur
    return best
