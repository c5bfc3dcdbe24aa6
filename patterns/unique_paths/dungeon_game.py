"""Dungeon Game: reference (backward DP of the health needed on entering each room) and
oracle (every path, with the health it needs)."""

import random
from itertools import combinations


def calculate_minimum_hp(dungeon: list[list[int]]) -> int:
    """need(r, c), the least health on entering room (r, c) that still gets through, depends
    only on the rooms ahead: max(1, min(need below, need right) - dungeon[r][c]). Filled
    backward from the princess in one row of values: O(rows · cols) time, O(cols) space."""
    rows, cols = len(dungeon), len(dungeon[0])
    inf = float("inf")
    need = [inf] * (cols + 1)  # need[cols] stays inf: there is no room right of the grid
    need[cols - 1] = 1  # a virtual room below the princess: he must leave her room alive
    for r in range(rows - 1, -1, -1):
        row = dungeon[r]
        for c in range(cols - 1, -1, -1):  # need[c] is still the room below, need[c + 1] the right
            need[c] = max(1, min(need[c], need[c + 1]) - row[c])
    return int(need[0])


def brute_force(dungeon: list[list[int]]) -> int:
    """For every path (a choice of which moves go down), the knight needs 1 - (the lowest
    running sum of the rooms), at least 1; the answer is the least over all paths."""
    rows, cols = len(dungeon), len(dungeon[0])
    moves = rows + cols - 2
    best = None
    for downs in combinations(range(moves), rows - 1):
        r = c = 0
        total = lowest = dungeon[0][0]
        for step in range(moves):
            if step in downs:
                r += 1
            else:
                c += 1
            total += dungeon[r][c]
            lowest = min(lowest, total)
        need = max(1, 1 - lowest)
        best = need if best is None else min(best, need)
    return best


def probe(n: int, rng: random.Random) -> dict:
    """Two rows of n / 2 random rooms. The DP grows like n; trying the paths one by one
    walks the rest of the second row for each of the n / 2 places to step down: ~n^2 / 8
    steps (a square grid would be exponential, but too slow for the naive solution to be
    timed at sizes where the DP's growth can be read)."""
    cols = max(1, n // 2)
    return {"dungeon": [[rng.randint(-1000, 1000) for _ in range(cols)] for _ in range(2)]}
