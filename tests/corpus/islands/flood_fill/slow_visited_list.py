# expect: suboptimal
# grokpat: flood-fill
def flood_fill(grid, row, col, new_color):
    old = grid[row][col]
    visited = []  # a list: every membership test scans it
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        if (r, c) in visited:
            continue
        visited.append((r, c))
        grid[r][c] = new_color
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == old and (nr, nc) not in visited:
                stack.append((nr, nc))
    return grid
