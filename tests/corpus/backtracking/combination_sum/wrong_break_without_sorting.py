# expect: wrong_answer
# grokpat: combination-sum
# mistake: prune-unsorted
def combination_sum(candidates, target):
    res, path = [], []

    def bt(start, remaining):
        if remaining == 0:
            res.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break  # only safe on sorted candidates
            path.append(candidates[i])
            bt(i, remaining - candidates[i])
            path.pop()

    bt(0, target)
    return res
