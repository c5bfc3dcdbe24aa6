# expect: wrong_answer
# grokpat: number-of-distinct-islands
# mistake: shape-key
def count_distinct_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    shapes = set()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                cells, stack = [], [(r, c)]
                seen.add((r, c))
                while stack:
                    x, y = stack.pop()
                    cells.append((x, y))
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and (nx, ny) not in seen:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
                forms = []
                for sx, sy, swap in ((1, 1, 0), (1, -1, 0), (-1, 1, 0), (-1, -1, 0), (1, 1, 1), (1, -1, 1), (-1, 1, 1), (-1, -1, 1)):
                    pts = [(sx * x, sy * y) if not swap else (sy * y, sx * x) for x, y in cells]
                    mx, my = min(p[0] for p in pts), min(p[1] for p in pts)
                    forms.append(tuple(sorted((p[0] - mx, p[1] - my) for p in pts)))
                shapes.add(min(forms))  # rotations and mirror images merged: not asked for
    return len(shapes)
