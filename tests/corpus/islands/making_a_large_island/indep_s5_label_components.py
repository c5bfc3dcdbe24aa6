# expect: accepted
# grokpat: making-a-large-island


def largest_island(grid: list[list[int]]) -> int:
    n = len(grid)
    sizes = {}
    label = 2
    for i in range(n):
        for j in range(n):
            if grid[i][j] == 1:
                grid[i][j] = label
                stack = [(i, j)]
                cnt = 0
                while stack:
                    r, c = stack.pop()
                    cnt += 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 1:
                            grid[nr][nc] = label
                            stack.append((nr, nc))
                sizes[label] = cnt
                label += 1
    best = max(sizes.values(), default=0)
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                seen = set()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] > 1:
                        seen.add(grid[nr][nc])
                best = max(best, 1 + sum(sizes[l] for l in seen))
    return best
