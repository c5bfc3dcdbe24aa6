# expect: wrong_answer
# grokpat: equal-subset-partition
# mistake: greedy-partition
def can_partition(nums):
    left = right = 0
    for x in sorted(nums, reverse=True):
        if left <= right:
            left += x
        else:
            right += x
    return left == right
