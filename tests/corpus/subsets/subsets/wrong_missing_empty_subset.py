# expect: wrong_answer
# grokpat: subsets
# mistake: missing-empty-subset
def subsets(nums):
    result = []
    for x in nums:
        result += [s + [x] for s in result] + [[x]]
    return result
