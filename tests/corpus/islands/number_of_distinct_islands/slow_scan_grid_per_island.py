# expect: suboptimal
# grokpat: number-of-distinct-islands
def count_distinct_islands(grid):
    rows, cols = len(grid), len(grid[0])
    label = [[0] * cols for _ in range(rows)]
    k = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and label[r][c] == 0:
                k += 1
                label[r][c] = k
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and label[nx][ny] == 0:
                            label[nx][ny] = k
                            stack.append((nx, ny))
    shapes = set()
    for i in range(1, k + 1):  # collect each island by scanning the whole grid again
        cells = [(r, c) for r in range(rows) for c in range(cols) if label[r][c] == i]
        r0, c0 = cells[0]
        shapes.add(tuple((r - r0, c - c0) for r, c in cells))
    return len(shapes)
