# expect: suboptimal
# grokpat: first-missing-positive
def first_missing_positive(nums):
    x = 1
    while x in nums:  # a scan of the list per candidate
        x += 1
    return x
