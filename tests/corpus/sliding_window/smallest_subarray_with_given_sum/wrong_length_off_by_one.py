# expect: wrong_answer
# grokpat: smallest-subarray-with-given-sum
# mistake: length-off-by-one
def smallest_subarray_with_sum(nums, s):
    best = float("inf")
    total = left = 0
    for right in range(len(nums)):
        total += nums[right]
        while total >= s:
            best = min(best, right - left)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
