# expect: suboptimal
# grokpat: flood-fill
def flood_fill(grid, row, col, new_color):
    old = grid[row][col]
    rows, cols = len(grid), len(grid[0])
    filled = [[False] * cols for _ in range(rows)]
    filled[row][col] = True
    changed = True
    while changed:  # keep sweeping: any old pixel next to a filled one gets filled
        changed = False
        for r in range(rows):
            for c in range(cols):
                if filled[r][c] or grid[r][c] != old:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and filled[nr][nc]:
                        filled[r][c] = True
                        changed = True
                        break
    for r in range(rows):
        for c in range(cols):
            if filled[r][c]:
                grid[r][c] = new_color
    return grid
