# expect: wrong_answer
# grokpat: smallest-subarray-with-given-sum
# mistake: condition-boundary
def smallest_subarray_with_sum(nums, s):
    best = float("inf")
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total > s:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
