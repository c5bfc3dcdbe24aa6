# expect: accepted
# grokpat: island-perimeter


def island_perimeter(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])
    start = next(((r, c) for r in range(R) for c in range(C) if grid[r][c] == 1), None)
    if start is None:
        return 0
    seen = {start}
    stack = [start]
    perim = 0
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if not (0 <= nr < R and 0 <= nc < C) or grid[nr][nc] == 0:
                perim += 1
            elif (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return perim
