# expect: wrong_answer
# grokpat: max-sum-subarray-of-size-k
# mistake: sum-starts-at-zero
def max_sum_subarray(nums, k):
    best = 0  # all-negative arrays never beat 0
    window = 0
    for i in range(len(nums)):
        window += nums[i]
        if i >= k - 1:
            best = max(best, window)
            window -= nums[i - k + 1]
    return best
