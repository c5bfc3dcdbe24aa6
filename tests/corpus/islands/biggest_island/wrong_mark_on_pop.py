# expect: wrong_answer
# grokpat: biggest-island
# mistake: mark-on-pop
from collections import deque


def max_island_area(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                q = deque([(r, c)])
                area = 0
                while q:
                    x, y = q.popleft()
                    seen.add((x, y))  # marked when popped: a cell can be queued twice
                    area += 1
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and (nx, ny) not in seen:
                            q.append((nx, ny))
                best = max(best, area)
    return best
