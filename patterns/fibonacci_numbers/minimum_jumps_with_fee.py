"""Minimum Jumps With Fee: reference (the cheapest cost of the next three steps, rolled
backward) and oracle."""

import random

INFINITY = float("inf")


def min_fee(fee: list[int]) -> int:
    """cost(i): the least paid to get from step i to the top. From step i you pay fee[i]
    and land on step i + 1, i + 2 or i + 3; anything past the last step is the top
    (cost 0). cost(i) = fee[i] + min(cost(i + 1), cost(i + 2), cost(i + 3)), computed from
    the top down keeping the three costs above: O(n) time, O(1) space."""
    above = [0, 0, 0]  # cost(i + 1), cost(i + 2), cost(i + 3): past the top they are 0
    for f in reversed(fee):
        above = [f + min(above), above[0], above[1]]
    return above[0]


def brute_force(fee: list[int]) -> int:
    """Every sequence of jumps of 1, 2 or 3 from step 0 until past the last step."""
    n = len(fee)
    best = INFINITY
    paths = [(0, 0)]  # (step, paid so far)
    while paths:
        step, paid = paths.pop()
        if step >= n:
            best = min(best, paid)
            continue
        paths.extend((step + jump, paid + fee[step]) for jump in (1, 2, 3))
    return int(best)


def probe(n: int, rng: random.Random) -> dict:
    """n random fees: every jump choice matters."""
    return {"fee": [rng.randint(0, 1000) for _ in range(n)]}
