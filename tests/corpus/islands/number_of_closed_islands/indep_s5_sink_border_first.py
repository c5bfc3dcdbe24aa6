# expect: accepted
# grokpat: number-of-closed-islands


def count_closed_islands(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])

    def sink(r, c):
        stack = [(r, c)]
        grid[r][c] = 0
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] == 1:
                    grid[nr][nc] = 0
                    stack.append((nr, nc))

    for r in range(R):
        for c in (0, C - 1):
            if grid[r][c] == 1:
                sink(r, c)
    for c in range(C):
        for r in (0, R - 1):
            if grid[r][c] == 1:
                sink(r, c)
    closed = 0
    for r in range(R):
        for c in range(C):
            if grid[r][c] == 1:
                closed += 1
                sink(r, c)
    return closed
