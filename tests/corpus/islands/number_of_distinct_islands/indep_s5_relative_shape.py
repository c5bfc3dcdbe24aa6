# expect: accepted
# grokpat: number-of-distinct-islands


def count_distinct_islands(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])
    shapes = set()
    for sr in range(R):
        for sc in range(C):
            if grid[sr][sc] != 1:
                continue
            grid[sr][sc] = 0
            stack = [(sr, sc)]
            cells = []
            while stack:
                r, c = stack.pop()
                cells.append((r - sr, c - sc))
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] == 1:
                        grid[nr][nc] = 0
                        stack.append((nr, nc))
            shapes.add(frozenset(cells))
    return len(shapes)
