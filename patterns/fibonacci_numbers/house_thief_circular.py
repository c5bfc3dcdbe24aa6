"""House Thief (houses in a circle): reference (the straight-line thief twice) and oracle."""

import random


def _line(wealth: list[int], first: int, last: int) -> int:
    """The best haul from houses first..last along a straight street: best[i] =
    max(best[i + 1], wealth[i] + best[i + 2]), filled from the last house back."""
    best = [0] * (last + 3)
    for i in range(last, first - 1, -1):
        best[i] = max(best[i + 1], wealth[i] + best[i + 2])
    return best[first]


def house_thief_circular(wealth: list[int]) -> int:
    """The first and the last house are neighbours, so at least one of them is skipped:
    the answer is the better of the street without its last house and the street without
    its first house (each solved as a straight street). A single house has no neighbour.
    O(n) time (O(1) space with two rolling values instead of the table)."""
    if len(wealth) == 1:
        return wealth[0]
    n = len(wealth)
    return max(_line(wealth, 0, n - 2), _line(wealth, 1, n - 1))


def brute_force(wealth: list[int]) -> int:
    """Every set of houses with no two neighbours on the circle, built house by house
    (remembering whether the first house was robbed)."""
    n = len(wealth)
    if n == 1:
        return wealth[0]
    plans = [(0, False, False), (wealth[0], True, True)]  # (total, first robbed, last robbed)
    for w in wealth[1:]:
        plans = [(t, f, False) for t, f, _ in plans] + [(t + w, f, True) for t, f, last in plans if not last]
    return max(t for t, first, last in plans if not (first and last))


def probe(n: int, rng: random.Random) -> dict:
    """n houses of random wealth around the circle."""
    return {"wealth": [rng.randint(0, 10_000) for _ in range(n)]}
