"""Unique Paths With Obstacles: reference (rolling row of counts, 0 at obstacles) and oracle
(every arrangement of the moves, walked and checked)."""

import random
from itertools import combinations


def unique_paths_with_obstacles(grid: list[list[int]]) -> int:
    """paths(r, c) = 0 at an obstacle, else paths(r - 1, c) + paths(r, c - 1). One rolling
    row: row[c] holds the count from above until it is updated. The start gets its single
    (empty) path from a virtual cell above it. O(rows · cols) time, O(cols) space."""
    cols = len(grid[0])
    row = [0] * cols
    row[0] = 1
    for values in grid:
        for c in range(cols):
            if values[c] == 1:
                row[c] = 0
            elif c > 0:
                row[c] += row[c - 1]
    return row[-1]


def brute_force(grid: list[list[int]]) -> int:
    """Choose which of the rows + cols - 2 moves go down; walk each such path and count it
    when none of its cells (start and target included) is an obstacle."""
    rows, cols = len(grid), len(grid[0])
    moves = rows + cols - 2
    count = 0
    for downs in combinations(range(moves), rows - 1):
        r = c = 0
        ok = grid[0][0] == 0
        down_set = set(downs)
        for step in range(moves):
            if step in down_set:
                r += 1
            else:
                c += 1
            ok = ok and grid[r][c] == 0
        count += ok
    return count


def inputs():
    """Grids up to 7 x 7 with no, few, many or a majority of obstacles (start and target
    blocked too, sometimes)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
        density = draw(st.sampled_from([0.0, 0.1, 0.2, 0.35, 0.6]))
        grid = [[1 if draw(st.floats(0, 1)) < density else 0 for _ in range(cols)] for _ in range(rows)]
        return {"grid": grid}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Two rows of n / 2 free cells. The DP grows like n. Following the paths one by one
    costs a walk along the second row for each of the n / 2 places to step down: ~n^2 / 8
    steps (a square grid would be exponential, but too slow for the naive solution to be
    timed at sizes where the DP's growth can be read)."""
    return {"grid": [[0] * max(1, n // 2) for _ in range(2)]}
