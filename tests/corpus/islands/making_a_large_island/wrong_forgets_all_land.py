# expect: wrong_answer
# grokpat: making-a-large-island
# mistake: all-land
def largest_island(grid):
    n = len(grid)
    ids = [[0] * n for _ in range(n)]
    sizes = {}
    k = 0
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 1 and ids[r][c] == 0:
                k += 1
                ids[r][c] = k
                stack, size = [(r, c)], 0
                while stack:
                    x, y = stack.pop()
                    size += 1
                    for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= a < n and 0 <= b < n and grid[a][b] == 1 and ids[a][b] == 0:
                            ids[a][b] = k
                            stack.append((a, b))
                sizes[k] = size
    best = 0  # only ever looks at the zeros: a grid of land answers 0
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                seen = {ids[a][b] for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                        if 0 <= a < n and 0 <= b < n and grid[a][b] == 1}
                best = max(best, 1 + sum(sizes[i] for i in seen))
    return best
