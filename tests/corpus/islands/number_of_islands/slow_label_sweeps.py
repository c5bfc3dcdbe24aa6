# expect: suboptimal
# grokpat: number-of-islands
def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    label = [[r * cols + c if grid[r][c] == 1 else -1 for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:  # spread the smallest label until every island agrees
        changed = False
        for r in range(rows):
            for c in range(cols):
                if label[r][c] < 0:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < label[r][c]:
                        label[r][c] = label[nr][nc]
                        changed = True
    return len({v for row in label for v in row if v >= 0})
