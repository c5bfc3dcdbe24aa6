"""Making a Large Island: reference (label islands once, then try each 0), oracle, generator, probe."""

import random
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def largest_island(grid: list[list[int]]) -> int:
    """Flood every island once, writing its id into an id grid and its size into a list.
    A 0 turned into land joins exactly the distinct islands next to it, so its island has
    1 + their sizes. Two passes over the grid: O(N) for N = n * n cells."""
    size = len(grid)
    island = [[-1] * size for _ in range(size)]
    areas: list[int] = []
    for r in range(size):
        for c in range(size):
            if grid[r][c] == 1 and island[r][c] < 0:
                ident = len(areas)
                island[r][c] = ident
                stack, area = [(r, c)], 0
                while stack:
                    x, y = stack.pop()
                    area += 1
                    for dx, dy in STEPS:
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < size and 0 <= ny < size and grid[nx][ny] == 1 and island[nx][ny] < 0:
                            island[nx][ny] = ident
                            stack.append((nx, ny))
                areas.append(area)
    best = max(areas, default=0)
    for r in range(size):
        for c in range(size):
            if grid[r][c] == 0:
                touching = {island[r + dr][c + dc] for dr, dc in STEPS
                            if 0 <= r + dr < size and 0 <= c + dc < size and grid[r + dr][c + dc] == 1}
                best = max(best, 1 + sum(areas[i] for i in touching))
    return best


def _largest_area(grid: list[list[int]]) -> int:
    size = len(grid)
    seen: set[tuple[int, int]] = set()
    best = 0
    for r in range(size):
        for c in range(size):
            if grid[r][c] == 1 and (r, c) not in seen:
                seen.add((r, c))
                stack, area = [(r, c)], 0
                while stack:
                    x, y = stack.pop()
                    area += 1
                    for dx, dy in STEPS:
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < size and 0 <= ny < size and grid[nx][ny] == 1 and (nx, ny) not in seen:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
                best = max(best, area)
    return best


def brute_force(grid: list[list[int]]) -> int:
    """Try every choice (no change, or each 0 turned into land) and measure the largest
    island of the resulting grid from scratch: O(n^4)."""
    best = _largest_area(grid)
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 0:
                changed = [list(line) for line in grid]
                changed[r][c] = 1
                best = max(best, _largest_area(changed))
    return best


def inputs():
    """Square grids of 1..6 cells a side, with a random density of land (all land and all
    water included)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        size = draw(st.integers(1, 6))
        bag = draw(st.sampled_from([(0, 1), (0, 1, 1), (0, 1, 1, 1), (0, 0, 1), (1,), (0,)]))
        return {"grid": [[draw(st.sampled_from(bag)) for _ in range(size)] for _ in range(size)]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n cells, all land but for a 0 at every other column of every third row: one
    big island and n/6 zeros, each of which touches it, so measuring the island afresh for
    every 0 costs O(n^2)."""
    size = max(3, isqrt(n))
    grid = [[0 if r % 3 == 1 and c % 2 == 0 else 1 for c in range(size)] for r in range(size)]
    return {"grid": grid}
