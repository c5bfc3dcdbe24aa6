# expect: wrong_answer
# grokpat: flood-fill
def flood_fill(grid, row, col, new_color):
    old = grid[row][col]
    if old == new_color:
        return grid
    rows, cols = len(grid), len(grid[0])
    grid[row][col] = new_color
    changed = True
    while changed:  # pixels that already had new_color also spread the fill
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == old and any(
                    0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == new_color
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                ):
                    grid[r][c] = new_color
                    changed = True
    return grid
