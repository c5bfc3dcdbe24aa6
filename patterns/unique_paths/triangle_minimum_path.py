"""Triangle Minimum Path Sum: reference (bottom-up, one row of best sums) and oracle (every
path, as a sequence of left/right steps)."""

import random
from itertools import product


def minimum_total(triangle: list[list[int]]) -> int:
    """best(i, j) = triangle[i][j] + min(best(i + 1, j), best(i + 1, j + 1)): the cheapest way
    down from (i, j) does not depend on the way in. Bottom-up over one list: best[j] and
    best[j + 1] still hold the row below when best[j] is rewritten. O(n) for n values."""
    best = list(triangle[-1])
    for i in range(len(triangle) - 2, -1, -1):
        row = triangle[i]
        for j in range(i + 1):
            best[j] = row[j] + min(best[j], best[j + 1])
    return best[0]


def brute_force(triangle: list[list[int]]) -> int:
    """Each path is a choice of 'stay' (0) or 'step right' (1) for every row after the first:
    sum all 2^(rows - 1) of them."""
    best = None
    for steps in product((0, 1), repeat=len(triangle) - 1):
        j = 0
        total = triangle[0][0]
        for i, step in enumerate(steps, start=1):
            j += step
            total += triangle[i][j]
        best = total if best is None else min(best, total)
    return best


def inputs():
    """Triangles of 1 to 10 rows; values from the full range, a small range (many ties) or
    a few values with negatives."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rows = draw(st.integers(1, 10))
        value = draw(st.sampled_from([st.integers(-10000, 10000), st.integers(-3, 3), st.sampled_from([-10000, 0, 10000])]))
        return {"triangle": [[draw(value) for _ in range(i + 1)] for i in range(rows)]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """As many full rows as fit in n values (5 rows for n = 16, 15 rows for n = 128): the DP
    grows like n, trying every path like 2^rows."""
    rows = 1
    while (rows + 1) * (rows + 2) // 2 <= n:
        rows += 1
    return {"triangle": [[rng.randint(-10000, 10000) for _ in range(i + 1)] for i in range(rows)]}
