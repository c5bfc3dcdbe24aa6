# expect: wrong_answer
# grokpat: max-sum-subarray-of-size-k
# mistake: records-in-wrong-place
def max_sum_subarray(nums, k):
    best = float("-inf")
    window = 0
    start = 0
    for end, x in enumerate(nums):
        window += x
        best = max(best, window)  # recorded even before the window holds k elements
        if end - start + 1 == k:
            window -= nums[start]
            start += 1
    return best
