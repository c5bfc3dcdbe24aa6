# expect: accepted
# grokpat: island-perimeter


def island_perimeter(grid: list[list[int]]) -> int:
    land = shared = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v:
                land += 1
                if r and grid[r - 1][c]:
                    shared += 1
                if c and row[c - 1]:
                    shared += 1
    return 4 * land - 2 * shared
