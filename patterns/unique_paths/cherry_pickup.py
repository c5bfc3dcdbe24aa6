"""Cherry Pickup: reference (two walkers moving together, DP over (step, row1, row2)) and
oracle (every pair of right/down walks)."""

import random
from itertools import combinations


def cherry_pickup(grid: list[list[int]]) -> int:
    """The walk back, reversed, is a second right/down walk; move both walkers together.
    After t steps walker k is at (r_k, t - r_k), so best[r1][r2] describes step t. Both
    walkers stand on the same cell only at the same step, so a shared cherry counts once.
    The layer for step t overwrites the one for t - 1 in place: going through r1 and r2
    downward, the entries it reads (same or smaller rows) still hold step t - 1.
    (2n - 1) steps x n^2 pairs x 4 predecessor moves: O(n^3) time, O(n^2) space."""
    n = len(grid)
    neg = float("-inf")
    best = [[neg] * n for _ in range(n)]
    best[0][0] = grid[0][0]
    for t in range(1, 2 * n - 1):
        lo, hi = max(0, t - n + 1), min(n - 1, t)  # rows r with 0 <= t - r < n
        for r1 in range(hi, lo - 1, -1):
            c1 = t - r1
            for r2 in range(hi, lo - 1, -1):
                c2 = t - r2
                prev = best[r1][r2]  # both came from the left
                if r1 > 0:
                    prev = max(prev, best[r1 - 1][r2])  # walker 1 from above
                    if r2 > 0:
                        prev = max(prev, best[r1 - 1][r2 - 1])  # both from above
                if r2 > 0:
                    prev = max(prev, best[r1][r2 - 1])  # walker 2 from above
                if prev == neg or grid[r1][c1] == -1 or grid[r2][c2] == -1:
                    best[r1][r2] = neg  # unreachable, or a walker on a thorn
                else:
                    best[r1][r2] = prev + grid[r1][c1] + (grid[r2][c2] if r1 != r2 else 0)
    result = best[n - 1][n - 1]
    return 0 if result == neg else int(result)


def brute_force(grid: list[list[int]]) -> int:
    """List every right/down walk from (0, 0) to (n - 1, n - 1) that avoids thorns (a walk
    back is one of them reversed); for every pair, count the cherries on the union of their
    cells. 0 when there is no walk."""
    n = len(grid)
    walks = []
    for downs in combinations(range(2 * n - 2), n - 1):
        r = c = 0
        cells = [(0, 0)]
        for step in range(2 * n - 2):
            if step in downs:
                r += 1
            else:
                c += 1
            cells.append((r, c))
        if all(grid[r][c] != -1 for r, c in cells):
            walks.append(frozenset(cells))
    best = 0
    for a in walks:
        for b in walks:
            best = max(best, sum(1 for r, c in a | b if grid[r][c] == 1))
    return best


def inputs():
    """n x n fields up to 5 x 5 with no, few or many thorns and a varying share of cherries
    (each cell drawn from a palette that sets the mix); the two corners are never thorns."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 5))
        palette = [-1] * draw(st.sampled_from([0, 0, 1, 2])) + [0] * draw(st.integers(1, 3)) + [1] * draw(st.integers(1, 5))
        grid = [[draw(st.sampled_from(palette)) for _ in range(n)] for _ in range(n)]
        grid[0][0] = max(grid[0][0], 0)
        grid[n - 1][n - 1] = max(grid[n - 1][n - 1], 0)
        return {"grid": grid}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """An n x n field whose free cells form a corridor two cells wide: the top two rows and
    the right two columns; every other cell is a thorn. The reference costs O(n^3) on any
    field (it checks every pair of rows at every step), but trying the pairs of walks one
    by one finds only about n^4 of them here, so its growth can be timed at sizes where, on
    an open field, it would never finish."""
    grid = [[-1] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r < 2 or c >= n - 2:
                grid[r][c] = 1 if rng.random() < 0.7 else 0
    return {"grid": grid}
