# expect: wrong_answer
# grokpat: tallest-billboard
# mistake: rod-forced-onto-a-side
def tallest_billboard(rods):
    dp = {0: 0}  # difference -> tallest shorter side
    for r in rods:
        cur = {}  # starts empty: every rod is forced onto one side
        for d, short in dp.items():
            cur[d + r] = max(cur.get(d + r, -1), short)
            nd = abs(d - r)
            cur[nd] = max(cur.get(nd, -1), short + min(d, r))
        dp = cur
    return dp.get(0, 0)
