# expect: runtime_error
# grokpat: smallest-subarray-with-given-sum
def smallest_subarray_with_sum(nums, s):
    lengths = []
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total >= s:
            lengths.append(right - left + 1)
            total -= nums[left]
            left += 1
    return min(lengths)  # ValueError when nothing reaches s
