# expect: wrong_answer
# grokpat: permutations
# mistake: shared-state
def permutations(nums):
    nums = list(nums)
    out = []

    def go(k):
        if k == len(nums):
            out.append(nums[:])
            return
        for i in range(k, len(nums)):
            nums[k], nums[i] = nums[i], nums[k]
            go(k + 1)  # the swap is never undone, so later branches start from a scrambled array

    go(0)
    return out
