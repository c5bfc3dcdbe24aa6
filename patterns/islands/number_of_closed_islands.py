"""Number of Closed Islands: reference (sink border islands, then count), oracle, generator, probe."""

import random
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def count_closed_islands(grid: list[list[int]]) -> int:
    """First flood every island that has a cell on the border (none of them is closed),
    then count the islands that are left. Each cell is marked once: O(m * n)."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]

    def flood(r: int, c: int) -> None:
        seen[r][c] = True
        stack = [(r, c)]
        while stack:
            x, y = stack.pop()
            for dx, dy in STEPS:
                nx, ny = x + dx, y + dy
                if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and not seen[nx][ny]:
                    seen[nx][ny] = True
                    stack.append((nx, ny))

    for r in range(rows):
        for c in range(cols):
            on_border = r in (0, rows - 1) or c in (0, cols - 1)
            if on_border and grid[r][c] == 1 and not seen[r][c]:
                flood(r, c)
    closed = 0
    for r in range(1, rows - 1):
        for c in range(1, cols - 1):
            if grid[r][c] == 1 and not seen[r][c]:
                closed += 1
                flood(r, c)
    return closed


def brute_force(grid: list[list[int]]) -> int:
    """Label the islands by spreading the smallest label until stable, then count the labels
    none of whose cells is on the border."""
    rows, cols = len(grid), len(grid[0])
    label = {(r, c): r * cols + c for r in range(rows) for c in range(cols) if grid[r][c] == 1}
    changed, cells = True, list(label)
    while changed:
        changed = False
        cells.reverse()  # sweep forwards and backwards in turn
        for r, c in cells:
            own = label[(r, c)]
            best = min([own] + [label[(r + dr, c + dc)] for dr, dc in STEPS if (r + dr, c + dc) in label])
            if best < own:
                label[(r, c)] = best
                changed = True
    touching = {v for (r, c), v in label.items() if r in (0, rows - 1) or c in (0, cols - 1)}
    return len(set(label.values()) - touching)


def inputs():
    """Grids of up to 7 x 7 with a random density of land, often framed by water so that
    closed islands are common."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rows, cols = draw(st.sampled_from([5, 4, 6, 7, 3, 2, 1])), draw(st.sampled_from([5, 6, 4, 7, 3, 2, 1]))
        bag = draw(st.sampled_from([(0, 1), (0, 0, 1), (0, 1, 1, 1), (1,), (0, 1, 1)]))
        grid = [[draw(st.sampled_from(bag)) for _ in range(cols)] for _ in range(rows)]
        if draw(st.integers(0, 2)) > 0:  # water all round, maybe with a few land cells on it
            border = [(r, c) for r in range(rows) for c in range(cols) if r in (0, rows - 1) or c in (0, cols - 1)]
            for r, c in border:
                grid[r][c] = 0
            for r, c in draw(st.lists(st.sampled_from(border), max_size=2)):
                grid[r][c] = 1
        return {"grid": grid}

    return draw()


def snake(rows: int, cols: int, fill: int = 1, wall: int = 0) -> list[list[int]]:
    """A one-cell-wide path winding right along row 0, down, left along row 2, down, ..."""
    grid = [[wall] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = [fill] * cols
    for r in range(1, rows, 2):
        grid[r][cols - 1 if (r // 2) % 2 == 0 else 0] = fill
    return grid


def probe(n: int, rng: random.Random) -> dict:
    """About n cells inside a frame of water: a winding one-cell-wide island, a row of water
    and a solid block of land, both closed, so every cell must be explored."""
    side = min(100, max(6, isqrt(n)))  # the grid is at most 100 x 100
    cols = min(100, max(4, n // side))
    inner_rows, inner_cols = side - 2, cols - 2
    top = max(1, inner_rows // 2) | 1
    inner = snake(top, inner_cols) + [[0] * inner_cols] + [[1] * inner_cols for _ in range(max(1, inner_rows - top - 1))]
    grid = [[0] * cols] + [[0] + row + [0] for row in inner] + [[0] * cols]
    return {"grid": grid}
