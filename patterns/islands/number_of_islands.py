"""Number of Islands: reference (scan + BFS flood), oracle (sweep labels until stable), generator, probe."""

import random
from collections import deque
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def count_islands(grid: list[list[int]]) -> int:
    """Each unvisited land cell found by the scan starts a new island, which a BFS then
    marks completely, so no island is counted twice. Every cell is pushed at most once:
    O(rows * cols)."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and not seen[r][c]:
                islands += 1
                seen[r][c] = True
                queue = deque([(r, c)])
                while queue:
                    x, y = queue.popleft()
                    for dx, dy in STEPS:
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and not seen[nx][ny]:
                            seen[nx][ny] = True
                            queue.append((nx, ny))
    return islands


def brute_force(grid: list[list[int]]) -> int:
    """Give each land cell its own label and let every cell take the smallest label among
    its land neighbours until nothing changes: the labels left are the islands."""
    rows, cols = len(grid), len(grid[0])
    label = {(r, c): r * cols + c for r in range(rows) for c in range(cols) if grid[r][c] == 1}
    changed = True
    while changed:
        changed = False
        for (r, c), own in label.items():
            best = min([own] + [label[(r + dr, c + dc)] for dr, dc in STEPS if (r + dr, c + dc) in label])
            if best < own:
                label[(r, c)] = best
                changed = True
    return len(set(label.values()))


def grids(max_side: int = 7, land: int = 1, water: int = 0):
    """Grids of 1..max_side rows and columns with a random density of land (sparse,
    half, dense, or all of one kind)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rows, cols = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
        bag = draw(st.sampled_from([(water, land), (water, water, land), (water, land, land, land), (land,), (water,), (water, land, land)]))
        return [[draw(st.sampled_from(bag)) for _ in range(cols)] for _ in range(rows)]

    return draw()


def inputs():
    from hypothesis import strategies as st

    return st.builds(lambda g: {"grid": g}, grids())


def snake(rows: int, cols: int, fill: int = 1, wall: int = 0) -> list[list[int]]:
    """A one-cell-wide path winding right along row 0, down, left along row 2, down, ..."""
    grid = [[wall] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = [fill] * cols
    for r in range(1, rows, 2):
        grid[r][cols - 1 if (r // 2) % 2 == 0 else 0] = fill
    return grid


def probe(n: int, rng: random.Random) -> dict:
    """About n cells: a winding one-cell-wide island on top (sweeping labels until stable
    needs O(n) sweeps), a row of water, and a solid block of land below (flooding from
    every land cell, or a union-find without its optimisations, pays for its size)."""
    side = min(300, max(4, isqrt(n)))  # the grid is at most 300 x 300
    cols = min(300, max(2, n // side))
    top = max(1, side // 2) | 1
    grid = snake(top, cols) + [[0] * cols] + [[1] * cols for _ in range(max(1, side - top - 1))]
    return {"grid": grid}
