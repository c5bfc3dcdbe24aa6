# expect: suboptimal
# grokpat: island-perimeter
def island_perimeter(grid):
    land = [(r, c) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == 1]
    total = 0
    for r, c in land:
        for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nb not in land:  # a list lookup: O(land) each time
                total += 1
    return total
