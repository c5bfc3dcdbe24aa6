"""Staircase (steps of 1, 2 or 3): reference (the recurrence, memoised) and oracle."""

import math
import random


def count_ways(n: int) -> int:
    """ways(i) = ways(i - 1) + ways(i - 2) + ways(i - 3): the last move was 1, 2 or 3
    stairs long, and each choice leaves a smaller staircase; ways(0) = 1 (the empty climb)
    and a negative staircase has no way. Each value is computed once and remembered
    (top-down memoisation): O(n) time. Rolling the last three values forward instead gives
    the same O(n) time with O(1) space."""
    memo = {0: 1}

    def ways(i: int) -> int:
        if i < 0:
            return 0
        if i not in memo:
            memo[i] = ways(i - 1) + ways(i - 2) + ways(i - 3)
        return memo[i]

    return ways(n)


def brute_force(n: int) -> int:
    """A climb with x steps of 1, y of 2 and z of 3 (x + 2y + 3z = n) can take its steps in
    (x + y + z)! / (x! y! z!) different orders; add that up over every (y, z)."""
    total = 0
    for z in range(n // 3 + 1):
        for y in range((n - 3 * z) // 2 + 1):
            x = n - 3 * z - 2 * y
            total += math.factorial(x + y + z) // (math.factorial(x) * math.factorial(y) * math.factorial(z))
    return total


def probe(n: int, rng: random.Random) -> dict:
    """Just n (at most 20, the constraint): the plain recursion makes about 1.84^n calls."""
    return {"n": n}
