# expect: suboptimal
# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    best = None
    for i in range(len(nums) - k + 1):
        total = 0
        for j in range(i, i + k):
            total += nums[j]
        if best is None or total > best:
            best = total
    return best
