# expect: wrong_answer
# grokpat: subsets-with-duplicates
def subsets_with_dup(nums):
    nums = sorted(nums)
    result = [[]]
    for i, x in enumerate(nums):
        if i > 0 and x == nums[i - 1]:
            continue  # drops [2, 2]: a repeat must extend last round's subsets, not vanish
        result += [s + [x] for s in result]
    return result
