# expect: wrong_answer
# grokpat: combination-sum
# mistake: loop-from-zero
def combination_sum(candidates, target):
    res = []

    def bt(remaining, path):
        if remaining == 0:
            res.append(path[:])
            return
        for c in candidates:  # no start index: [2, 2, 3], [2, 3, 2] and [3, 2, 2] all appear
            if c <= remaining:
                path.append(c)
                bt(remaining - c, path)
                path.pop()

    bt(target, [])
    return res
