"""Unique Paths: reference (one rolling row of path counts) and oracle (the binomial count)."""

import math
import random


def unique_paths(m: int, n: int) -> int:
    """paths(r, c) = paths(r - 1, c) + paths(r, c - 1): the last move came from above or
    from the left. row[c] still holds the count from above when it is updated, and
    row[c - 1] already holds the new count to the left. O(m · n) time, O(n) space."""
    row = [1] * n
    for _ in range(1, m):
        for c in range(1, n):
            row[c] += row[c - 1]
    return row[-1]


def brute_force(m: int, n: int) -> int:
    """A path is an arrangement of m - 1 downs among m + n - 2 moves: C(m + n - 2, m - 1)."""
    return math.comb(m + n - 2, m - 1)


def probe(n: int, rng: random.Random) -> dict:
    """m = n rows and 4 columns: the DP grows like m, while following every path one by one
    grows like the C(m + 2, 3) paths, a cube of m."""
    return {"m": n, "n": 4}
