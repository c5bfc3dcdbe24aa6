# expect: suboptimal
# grokpat: dungeon-game
def calculate_minimum_hp(dungeon):
    R, C = len(dungeon), len(dungeon[0])

    def need(r, c):
        if r == R - 1 and c == C - 1:
            return max(1, 1 - dungeon[r][c])
        options = []
        if r + 1 < R:
            options.append(need(r + 1, c))
        if c + 1 < C:
            options.append(need(r, c + 1))
        return max(1, min(options) - dungeon[r][c])

    return need(0, 0)
