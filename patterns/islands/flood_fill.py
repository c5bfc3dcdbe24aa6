"""Flood Fill: reference (BFS that recolours as it goes), oracle (sweep until stable), generator, probe."""

import random
from collections import deque
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def flood_fill(grid: list[list[int]], row: int, col: int, new_color: int) -> list[list[int]]:
    """BFS from the start; recolouring a pixel when it is queued marks it visited, so each
    pixel is queued at most once: O(m * n). Nothing to do when the colour is unchanged."""
    old = grid[row][col]
    if old == new_color:
        return grid
    rows, cols = len(grid), len(grid[0])
    grid[row][col] = new_color
    queue = deque([(row, col)])
    while queue:
        r, c = queue.popleft()
        for dr, dc in STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == old:
                grid[nr][nc] = new_color
                queue.append((nr, nc))
    return grid


def brute_force(grid: list[list[int]], row: int, col: int, new_color: int) -> list[list[int]]:
    """Grow the reached set by sweeping the whole grid until a sweep adds nothing, then
    recolour it in a copy."""
    rows, cols = len(grid), len(grid[0])
    old = grid[row][col]
    reached = {(row, col)}
    grew = True
    while grew:
        grew = False
        for r in range(rows):
            for c in range(cols):
                if (r, c) not in reached and grid[r][c] == old:
                    if any((r + dr, c + dc) in reached for dr, dc in STEPS):
                        reached.add((r, c))
                        grew = True
    return [[new_color if (r, c) in reached else grid[r][c] for c in range(cols)] for r in range(rows)]


def inputs():
    """Grids of up to 6 x 6 over a palette of 1 to 3 colours (0, 1, 2 or 65535, so that
    regions form), a start anywhere, and a new colour often equal to the start's."""
    from hypothesis import strategies as st

    colours = [0, 1, 2, 65535]

    @st.composite
    def draw(draw):
        rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
        palette = draw(st.lists(st.sampled_from(colours), min_size=1, max_size=3, unique=True))
        grid = [[draw(st.sampled_from(palette)) for _ in range(cols)] for _ in range(rows)]
        row, col = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        if draw(st.integers(0, 3)) == 0:
            new_color = grid[row][col]
        else:
            new_color = draw(st.sampled_from(colours))
        return {"grid": grid, "row": row, "col": col, "new_color": new_color}

    return draw()


def snake(rows: int, cols: int, fill: int = 1, wall: int = 0) -> list[list[int]]:
    """A one-cell-wide path winding right along row 0, down, left along row 2, down, ...
    (rows should be odd): half the grid in one region, as long and thin as it gets."""
    grid = [[wall] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = [fill] * cols
    for r in range(1, rows, 2):
        grid[r][cols - 1 if (r // 2) % 2 == 0 else 0] = fill
    return grid


def dimensions(n: int) -> tuple[int, int]:
    """An odd number of rows and about n cells in all, at most 50 rows and columns."""
    rows = min(49, max(1, isqrt(n)) | 1)
    return rows, min(50, max(2, n // rows))


def probe(n: int, rng: random.Random) -> dict:
    """About n pixels, half of them in one winding region filled from one end: every pixel is
    visited, and growing the region by sweeps over the grid needs O(n) sweeps."""
    rows, cols = dimensions(n)
    grid = snake(rows, cols, fill=rng.randint(1, 9), wall=0)
    return {"grid": grid, "row": 0, "col": 0, "new_color": 10}
