# expect: accepted
# grokpat: tallest-billboard
def tallest_billboard(rods: list[int]) -> int:
    # best[d] = tallest shorter support given taller - shorter == d
    best = {0: 0}
    for r in rods:
        cur = dict(best)
        for d, short in best.items():
            # put r on the taller side
            nd = d + r
            if cur.get(nd, -1) < short:
                cur[nd] = short
            # put r on the shorter side
            if r <= d:
                nd, ns = d - r, short + r
            else:
                nd, ns = r - d, short + d
            if cur.get(nd, -1) < ns:
                cur[nd] = ns
        best = cur
    return best[0]
