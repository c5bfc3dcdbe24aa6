# expect: suboptimal
# grokpat: unique-paths-with-obstacles
def unique_paths_with_obstacles(grid):
    R, C = len(grid), len(grid[0])

    def go(r, c):
        if r >= R or c >= C or grid[r][c] == 1:
            return 0
        if r == R - 1 and c == C - 1:
            return 1
        return go(r + 1, c) + go(r, c + 1)

    return go(0, 0)
