# expect: suboptimal
# grokpat: two-single-numbers
def two_single_numbers(nums):
    return [x for x in nums if nums.count(x) == 1]
