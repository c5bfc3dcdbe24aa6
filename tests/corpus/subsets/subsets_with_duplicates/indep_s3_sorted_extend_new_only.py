# expect: accepted
# grokpat: subsets-with-duplicates
def subsets_with_dup(nums):
    nums = sorted(nums)
    result = [[]]
    start = 0
    for i, x in enumerate(nums):
        # a repeated value only extends the subsets created in the previous step
        begin = start if i > 0 and nums[i - 1] == x else 0
        end = len(result)
        for j in range(begin, end):
            result.append(result[j] + [x])
        start = end
    return result
