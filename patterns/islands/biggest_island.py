"""Biggest Island: reference (scan + DFS with an explicit stack), oracle (grow each island by sweeps), probe."""

import random
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def max_island_area(grid: list[list[int]]) -> int:
    """Flood each island once from its first unvisited cell, counting the cells marked;
    every cell is pushed at most once: O(m * n)."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and not seen[r][c]:
                seen[r][c] = True
                stack, area = [(r, c)], 0
                while stack:
                    x, y = stack.pop()
                    area += 1
                    for dx, dy in STEPS:
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and not seen[nx][ny]:
                            seen[nx][ny] = True
                            stack.append((nx, ny))
                best = max(best, area)
    return best


def brute_force(grid: list[list[int]]) -> int:
    """From each land cell not yet in a known island, grow the set of cells connected to it
    by repeated sweeps until it stops growing; the largest set is the answer."""
    land = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1}
    best, known = 0, set()
    for start in sorted(land):
        if start in known:
            continue
        island = {start}
        grew = True
        while grew:
            grew = False
            for r, c in land - island:
                if any((r + dr, c + dc) in island for dr, dc in STEPS):
                    island.add((r, c))
                    grew = True
        known |= island
        best = max(best, len(island))
    return best


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
    every land cell pays for its size)."""
    side = min(50, max(4, isqrt(n)))  # the grid is at most 50 x 50
    cols = min(50, max(2, n // side))
    top = max(1, side // 2) | 1
    grid = snake(top, cols) + [[0] * cols] + [[1] * cols for _ in range(max(1, side - top - 1))]
    return {"grid": grid}
