# expect: suboptimal
# grokpat: number-of-closed-islands
def count_closed_islands(grid):
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            # the whole island of (r, c), from scratch
            island, stack = {(r, c)}, [(r, c)]
            while stack:
                x, y = stack.pop()
                for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and (nx, ny) not in island:
                        island.add((nx, ny))
                        stack.append((nx, ny))
            if min(island) == (r, c) and all(0 < x < rows - 1 and 0 < y < cols - 1 for x, y in island):
                count += 1
    return count
