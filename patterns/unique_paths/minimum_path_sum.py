"""Minimum Path Sum: reference (rolling row of best sums) and oracle (every path's sum)."""

import random
from itertools import combinations


def min_path_sum(grid: list[list[int]]) -> int:
    """best(r, c) = grid[r][c] + min(best from above, best from the left): the cheapest
    path's last step comes from one of them, and its rest is a cheapest path to there.
    One rolling row (a virtual row above lets only the start be entered). O(rows · cols)."""
    inf = float("inf")
    cols = len(grid[0])
    best = [0] + [inf] * (cols - 1)
    for values in grid:
        for c in range(cols):
            left = best[c - 1] if c > 0 else inf
            best[c] = values[c] + min(best[c], left)
    return int(best[-1])


def brute_force(grid: list[list[int]]) -> int:
    """Every arrangement of the down moves among all moves is one path: sum each, keep the least."""
    rows, cols = len(grid), len(grid[0])
    moves = rows + cols - 2
    best = None
    for downs in combinations(range(moves), rows - 1):
        r = c = 0
        total = grid[0][0]
        for step in range(moves):
            if step in downs:
                r += 1
            else:
                c += 1
            total += grid[r][c]
        best = total if best is None else min(best, total)
    return best


def probe(n: int, rng: random.Random) -> dict:
    """Two rows of n / 2 random cells. The DP grows like n; trying the paths one by one
    walks the rest of the second row for each of the n / 2 places to step down: ~n^2 / 8
    steps (a square grid would be exponential, but too slow for the naive solution to be
    timed at sizes where the DP's growth can be read)."""
    cols = max(1, n // 2)
    return {"grid": [[rng.randint(0, 200) for _ in range(cols)] for _ in range(2)]}
