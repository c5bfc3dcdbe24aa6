# expect: wrong_answer
# grokpat: subsets
def subsets(nums):
    result = []
    for x in nums:
        result += [s + [x] for s in result] + [[x]]
    return result
