# expect: wrong_answer
# grokpat: minimum-subset-sum-difference
def min_subset_sum_difference(nums):
    left = right = 0
    for x in sorted(nums, reverse=True):
        if left <= right:
            left += x
        else:
            right += x
    return abs(left - right)
