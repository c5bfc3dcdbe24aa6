# expect: wrong_answer
# grokpat: max-sum-subarray-of-size-k
# mistake: fixed-window-edge-off-by-one
def max_sum_subarray(nums, k):
    window = sum(nums[:k])
    best = window
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k + 1]
        best = max(best, window)
    return best
