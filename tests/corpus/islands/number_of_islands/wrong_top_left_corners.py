# expect: wrong_answer
# grokpat: number-of-islands
# mistake: flood-each-island
def count_islands(grid):
    # counts land cells with no land above or to the left: a U shape has two such cells
    count = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == 1 and not (r > 0 and grid[r - 1][c] == 1) and not (c > 0 and grid[r][c - 1] == 1):
                count += 1
    return count
