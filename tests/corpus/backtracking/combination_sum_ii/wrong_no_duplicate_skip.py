# expect: wrong_answer
# grokpat: combination-sum-ii
# mistake: duplicate-combinations
def combination_sum2(candidates, target):
    nums = sorted(candidates)
    res, path = [], []

    def bt(start, remaining):
        if remaining == 0:
            res.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            path.append(nums[i])
            bt(i + 1, remaining - nums[i])
            path.pop()

    bt(0, target)
    return res
