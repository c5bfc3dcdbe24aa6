# expect: wrong_answer
# grokpat: smallest-subarray-with-given-sum
# mistake: sentinel-is-an-answer
def smallest_subarray_with_sum(nums, s):
    best = len(nums)  # "no answer" sentinel collides with a real answer
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total >= s:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == len(nums) else best
