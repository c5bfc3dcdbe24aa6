# expect: accepted
# grokpat: combination-sum


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    cands = sorted(candidates)
    res = []
    cur = []

    def bt(start, remaining):
        if remaining == 0:
            res.append(cur.copy())
            return
        for i in range(start, len(cands)):
            x = cands[i]
            if x > remaining:
                break
            cur.append(x)
            bt(i, remaining - x)  # i, not i + 1: x may be reused
            cur.pop()

    bt(0, target)
    return res
