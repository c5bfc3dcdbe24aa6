# expect: suboptimal
# grokpat: find-missing-number
def find_missing_number(nums):
    for x in range(len(nums) + 1):
        if x not in nums:  # a linear scan of the list for every candidate
            return x
