# expect: wrong_answer
# grokpat: combination-sum-ii
# mistake: reuse-rule
def combination_sum2(candidates, target):
    nums = sorted(candidates)
    res, path = [], []

    def bt(start, remaining):
        if remaining == 0:
            res.append(path[:])
            return
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            if nums[i] > remaining:
                break
            path.append(nums[i])
            bt(i, remaining - nums[i])  # i, not i + 1: the same element is taken again
            path.pop()

    bt(0, target)
    return res
