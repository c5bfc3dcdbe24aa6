# expect: suboptimal
# grokpat: number-of-islands
from collections import deque


def count_islands(grid):
    # flood the whole island from every land cell; count it at its first cell in reading order
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            seen = {(r, c)}
            q = deque([(r, c)])
            while q:
                x, y = q.popleft()
                for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and (nx, ny) not in seen:
                        seen.add((nx, ny))
                        q.append((nx, ny))
            if min(seen) == (r, c):
                count += 1
    return count
