# expect: wrong_answer
# grokpat: dungeon-game
# mistake: greedy-step
def calculate_minimum_hp(dungeon):
    # forward DP keeping, per room, the path with the highest running health only:
    # a path with less health now may need less at the start
    R, C = len(dungeon), len(dungeon[0])
    best = [[None] * C for _ in range(R)]  # (running sum, lowest running sum)
    for r in range(R):
        for c in range(C):
            v = dungeon[r][c]
            if r == 0 and c == 0:
                best[r][c] = (v, v)
                continue
            cands = []
            if r > 0:
                cands.append(best[r - 1][c])
            if c > 0:
                cands.append(best[r][c - 1])
            s, low = max(cands)
            best[r][c] = (s + v, min(low, s + v))
    return max(1, 1 - best[-1][-1][1])
