"""House Thief: reference (rolling best up to the previous two houses) and oracle."""

import random


def house_thief(wealth: list[int]) -> int:
    """best(i) = max(best(i - 1), wealth[i] + best(i - 2)): house i is skipped, or robbed
    on top of the best plan that ends two houses earlier. Only the last two values are
    needed: O(n) time, O(1) space."""
    before_previous, previous = 0, 0  # best up to house i - 2 and up to house i - 1
    for w in wealth:
        before_previous, previous = previous, max(previous, before_previous + w)
    return previous


def brute_force(wealth: list[int]) -> int:
    """Every set of houses with no two next to each other, built house by house."""
    plans = [(0, False)]  # (total so far, was the last house robbed?)
    for w in wealth:
        plans = [(total, False) for total, _ in plans] + [(total + w, True) for total, robbed in plans if not robbed]
    return max(total for total, _ in plans)


def probe(n: int, rng: random.Random) -> dict:
    """n houses of random wealth: no house can be ruled out without looking at the rest."""
    return {"wealth": [rng.randint(0, 10_000) for _ in range(n)]}
