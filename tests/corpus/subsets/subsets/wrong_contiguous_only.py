# expect: wrong_answer
# grokpat: subsets
def subsets(nums):
    # only the contiguous slices, plus the empty one
    out = [[]]
    for i in range(len(nums)):
        for j in range(i + 1, len(nums) + 1):
            out.append(nums[i:j])
    return out
