# expect: suboptimal
# grokpat: biggest-island
def max_island_area(grid):
    visited = []
    best = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == 1 and (r, c) not in visited:
                area = 0
                stack = [(r, c)]
                visited.append((r, c))
                while stack:
                    x, y = stack.pop()
                    area += 1
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < len(grid) and 0 <= ny < len(grid[0]) and grid[nx][ny] == 1 and (nx, ny) not in visited:
                            visited.append((nx, ny))
                            stack.append((nx, ny))
                best = max(best, area)
    return best
