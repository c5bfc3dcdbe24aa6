# expect: accepted
# grokpat: biggest-island
import sys

sys.setrecursionlimit(20000)


def max_island_area(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])

    def area(r, c):
        if r < 0 or c < 0 or r >= R or c >= C or grid[r][c] != 1:
            return 0
        grid[r][c] = 0
        return 1 + area(r + 1, c) + area(r - 1, c) + area(r, c + 1) + area(r, c - 1)

    best = 0
    for r in range(R):
        for c in range(C):
            if grid[r][c] == 1:
                best = max(best, area(r, c))
    return best
