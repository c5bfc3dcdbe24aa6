"""House Thief: reference (rob or skip each house, a table from the end) and oracle."""

import random


def house_thief(wealth: list[int]) -> int:
    """best[i]: the most the thief can take from houses i, i + 1, ... House i is skipped
    (best[i + 1]) or robbed, and then its neighbour is skipped (wealth[i] + best[i + 2]).
    Filled from the last house back to the first: O(n) time. Keeping only the two values
    after i instead of the whole table gives O(1) space."""
    n = len(wealth)
    best = [0] * (n + 2)  # best[n] = best[n + 1] = 0: no houses left
    for i in range(n - 1, -1, -1):
        best[i] = max(best[i + 1], wealth[i] + best[i + 2])
    return best[0]


def brute_force(wealth: list[int]) -> int:
    """Every set of houses with no two next to each other, built house by house."""
    plans = [(0, False)]  # (total so far, was the last house robbed?)
    for w in wealth:
        plans = [(total, False) for total, _ in plans] + [(total + w, True) for total, robbed in plans if not robbed]
    return max(total for total, _ in plans)


def probe(n: int, rng: random.Random) -> dict:
    """n houses of random wealth: no house can be ruled out without looking at the rest."""
    return {"wealth": [rng.randint(0, 10_000) for _ in range(n)]}
