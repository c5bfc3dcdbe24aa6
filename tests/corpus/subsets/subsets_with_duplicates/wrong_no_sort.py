# expect: wrong_answer
# grokpat: subsets-with-duplicates
# mistake: duplicates-extend-all
def subsets_with_dup(nums):
    result, new_start = [[]], 0
    for i, x in enumerate(nums):  # not sorted: equal values may be far apart
        begin = new_start if i > 0 and x == nums[i - 1] else 0
        new_start = len(result)
        result += [s + [x] for s in result[begin:new_start]]
    return result
