# expect: wrong_answer
# grokpat: permutations
def permutations(nums):
    # every rotation and its reverse: right for up to 3 numbers, not beyond
    out = []
    for i in range(len(nums)):
        r = nums[i:] + nums[:i]
        out.append(r)
        if len(nums) > 2 and r[::-1] not in out:
            out.append(r[::-1])
    return out
