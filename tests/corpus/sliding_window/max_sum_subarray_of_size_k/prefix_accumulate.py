# expect: accepted
# grokpat: max-sum-subarray-of-size-k
from itertools import accumulate


def max_sum_subarray(nums, k):
    prefix = [0, *accumulate(nums)]
    return max(prefix[i + k] - prefix[i] for i in range(len(nums) - k + 1))
