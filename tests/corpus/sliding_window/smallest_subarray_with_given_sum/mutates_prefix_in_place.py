# expect: accepted
# grokpat: smallest-subarray-with-given-sum
def smallest_subarray_with_sum(nums, s):
    nums.insert(0, 0)
    for i in range(1, len(nums)):
        nums[i] += nums[i - 1]        # nums[i] = sum of the first i numbers
    best = len(nums)
    lo = 0
    for hi in range(1, len(nums)):
        while nums[hi] - nums[lo] >= s:
            best = min(best, hi - lo)
            lo += 1
    return 0 if best == len(nums) else best
