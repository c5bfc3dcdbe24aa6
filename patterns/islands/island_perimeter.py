"""Island Perimeter: reference (4 per cell, minus 2 per shared side), oracle, generator, probe."""

import random
from math import isqrt


def island_perimeter(grid: list[list[int]]) -> int:
    """Every land cell has 4 sides; each pair of land cells side by side hides 2 of them.
    Looking right and down counts each pair once. One pass, O(m * n), O(1) space."""
    rows, cols = len(grid), len(grid[0])
    perimeter = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                perimeter += 4
                if r + 1 < rows and grid[r + 1][c] == 1:
                    perimeter -= 2
                if c + 1 < cols and grid[r][c + 1] == 1:
                    perimeter -= 2
    return perimeter


def brute_force(grid: list[list[int]]) -> int:
    """Walk round every land cell and count the sides that face water or the outside."""
    rows, cols = len(grid), len(grid[0])

    def water(r: int, c: int) -> bool:
        return not (0 <= r < rows and 0 <= c < cols) or grid[r][c] == 0

    return sum(
        water(r + dr, c + dc)
        for r in range(rows)
        for c in range(cols)
        if grid[r][c] == 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
    )


def _fill_lakes(grid: list[list[int]]) -> None:
    """Turn into land every water cell that cannot reach the outside through water."""
    rows, cols = len(grid), len(grid[0])
    stack = [(r, c) for r in range(rows) for c in range(cols) if (r in (0, rows - 1) or c in (0, cols - 1)) and grid[r][c] == 0]
    outside = set(stack)
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 0 and (nr, nc) not in outside:
                outside.add((nr, nc))
                stack.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 0 and (r, c) not in outside:
                grid[r][c] = 1


def inputs():
    """One island grown cell by cell from a random start inside a grid of up to 7 x 7 (from
    a single cell to the whole grid, thin or blobby), lakes filled in."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
        size = max(1, round(rows * cols * draw(st.sampled_from([0.5, 0.3, 0.7, 1.0, 0.0, 0.15, 0.9]))))
        start = (draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1)))
        island = {start}
        while len(island) < size:
            frontier = sorted(
                {(r + dr, c + dc) for r, c in island for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols} - island
            )
            island.add(draw(st.sampled_from(frontier)))
        grid = [[int((r, c) in island) for c in range(cols)] for r in range(rows)]
        _fill_lakes(grid)
        return {"grid": grid}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A grid of about n cells that is all land: the most land cells to look at."""
    side = min(100, max(2, isqrt(n)))  # the grid is at most 100 x 100
    return {"grid": [[1] * min(100, max(2, n // side)) for _ in range(side)]}
