# expect: accepted
# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    # turn nums into prefix sums in place to save memory
    for i in range(1, len(nums)):
        nums[i] += nums[i - 1]
    best = nums[k - 1]
    for i in range(k, len(nums)):
        best = max(best, nums[i] - nums[i - k])
    return best
