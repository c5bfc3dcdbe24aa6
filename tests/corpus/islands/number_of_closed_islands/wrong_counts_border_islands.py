# expect: wrong_answer
# grokpat: number-of-closed-islands
# mistake: closed-whole-island
def count_closed_islands(grid):
    # counts islands whose first cell is inside: an island can start inside and still reach the border
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                seen.add((r, c))
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and (nx, ny) not in seen:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
                if 0 < r < rows - 1 and 0 < c < cols - 1:
                    count += 1
    return count
