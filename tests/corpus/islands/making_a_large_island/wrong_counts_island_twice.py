# expect: wrong_answer
# grokpat: making-a-large-island
# mistake: island-added-twice
def largest_island(grid):
    n = len(grid)
    ids = [[0] * n for _ in range(n)]
    sizes = {}
    next_id = 2
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 1 and ids[r][c] == 0:
                ids[r][c] = next_id
                stack, size = [(r, c)], 0
                while stack:
                    x, y = stack.pop()
                    size += 1
                    for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= a < n and 0 <= b < n and grid[a][b] == 1 and ids[a][b] == 0:
                            ids[a][b] = next_id
                            stack.append((a, b))
                sizes[next_id] = size
                next_id += 1
    best = max(sizes.values(), default=0)
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                total = 1
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < n and 0 <= b < n and grid[a][b] == 1:
                        total += sizes[ids[a][b]]  # an island touching on two sides is added twice
                best = max(best, total)
    return best
