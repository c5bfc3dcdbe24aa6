# expect: wrong_answer
# grokpat: flood-fill
def flood_fill(grid, row, col, new_color):
    old = grid[row][col]
    if old == new_color:
        return grid
    stack = [(row, col)]
    grid[row][col] = new_color
    while stack:
        r, c = stack.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):  # eight neighbours instead of four
                nr, nc = r + dr, c + dc
                if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == old:
                    grid[nr][nc] = new_color
                    stack.append((nr, nc))
    return grid
