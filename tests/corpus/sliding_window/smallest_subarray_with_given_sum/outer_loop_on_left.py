# expect: accepted
# grokpat: smallest-subarray-with-given-sum
def smallest_subarray_with_sum(nums, s):
    n = len(nums)
    right = 0
    total = 0
    best = 0
    for left in range(n):
        while right < n and total < s:
            total += nums[right]
            right += 1
        if total >= s and (best == 0 or right - left < best):
            best = right - left
        total -= nums[left]
    return best
