# expect: wrong_answer
# grokpat: number-range
from bisect import bisect_left, bisect_right


def search_range(nums, key):
    i = bisect_left(nums, key)
    if i == len(nums) or nums[i] != key:
        return [-1, -1]
    return [i, bisect_right(nums, key)]    # one past the last copy
