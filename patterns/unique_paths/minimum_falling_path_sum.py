"""Minimum Falling Path Sum: reference (row by row, best sum ending at each cell) and oracle
(every falling path, followed from every start)."""

import math
import random


def min_falling_path_sum(matrix: list[list[int]]) -> int:
    """best(r, c) = matrix[r][c] + the least of the (up to three) best sums just above: a
    cheapest path to (r, c) continues a cheapest path to its predecessor. One row of best
    sums at a time: O(n^2) time for n x n cells, O(n) space."""
    best = list(matrix[0])
    n = len(best)
    for values in matrix[1:]:
        best = [values[c] + min(best[max(c - 1, 0) : c + 2]) for c in range(n)]
    return min(best)


def brute_force(matrix: list[list[int]]) -> int:
    """Follow every falling path from every cell of the first row (up to 3 choices per row)."""
    n = len(matrix)

    def paths(r: int, c: int) -> list[int]:
        if r == n - 1:
            return [matrix[r][c]]
        return [matrix[r][c] + rest for nc in (c - 1, c, c + 1) if 0 <= nc < n for rest in paths(r + 1, nc)]

    return min(total for c in range(n) for total in paths(0, c))


def probe(n: int, rng: random.Random) -> dict:
    """A random square matrix of about n cells (side isqrt(n): 3 to 10 over the probe's
    sizes). The DP grows like the n cells; following the paths grows like 3^side."""
    side = max(1, math.isqrt(n))
    return {"matrix": [[rng.randint(-100, 100) for _ in range(side)] for _ in range(side)]}
