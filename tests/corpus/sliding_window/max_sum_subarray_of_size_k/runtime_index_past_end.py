# expect: runtime_error
# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    window = sum(nums[:k])
    best = window
    for i in range(len(nums) - k + 1):
        window += nums[i + k] - nums[i]
        best = max(best, window)
    return best
