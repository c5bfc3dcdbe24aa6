"""Form Largest Integer With Digits That Add up to Target: reference (a table of the most
digits per exact cost, then the digits chosen greedily from 9 down) and oracle."""

import math
import random

IMPOSSIBLE = float("-inf")


def form_largest_integer(cost: list[int], target: int) -> str:
    """A longer number is larger, so first maximise the digit count: most[t], the most
    digits whose costs add up to exactly t, over any digits any number of times (-inf if
    none; an unbounded knapsack that must be filled exactly). Then write the number from
    its first digit: the largest digit d such that the rest, t - cost[d], can still be
    painted with one digit fewer.

    The table has target + 1 entries with 9 choices each; the write-out takes at most 9
    tries per digit. O(9 * target) time, O(target) space (plus the answer).
    """
    most = [0.0] + [IMPOSSIBLE] * target
    for t in range(1, target + 1):
        for c in cost:
            if c <= t and most[t - c] + 1 > most[t]:
                most[t] = most[t - c] + 1
    if most[target] == IMPOSSIBLE:
        return "0"
    digits = []
    t = target
    while t:
        for d in range(9, 0, -1):
            c = cost[d - 1]
            if c <= t and most[t - c] == most[t] - 1:
                digits.append(str(d))
                t -= c
                break
    return "".join(digits)


def brute_force(cost: list[int], target: int) -> str:
    """Every multiset of digits (a count for each digit) whose costs add up to target. For
    a given multiset the largest number lists its digits from 9 down; the longest such
    number wins, ties broken by comparing the numbers."""
    best = ""

    def go(d: int, left: int, counts: list[int]) -> None:
        nonlocal best
        if d == 10:
            if left == 0:
                number = "".join(str(x) * counts[x - 1] for x in range(9, 0, -1))
                if (len(number), number) > (len(best), best):
                    best = number
            return
        for k in _counts(left, cost[d - 1], d == 9):
            go(d + 1, left - k * cost[d - 1], counts + [k])

    go(1, target, [])
    return best or "0"


def _counts(left: int, part: int, last: bool) -> range:
    """How many of `part` to use: any count that fits, or for the last part exactly what
    pays the rest (none when it cannot)."""
    if last:
        return range(left // part, left // part + 1) if left % part == 0 else range(0)
    return range(left // part + 1)


def _prefixes(parts: list[int], total: int) -> int:
    """How many sequences of parts (repeats allowed, order counts) have a sum of at most
    total: the calls a search without memory makes, trying every part at every step."""
    ways = [1] + [0] * total
    for t in range(1, total + 1):
        ways[t] = sum(ways[t - x] for x in parts if x <= t)
    return sum(ways)


def inputs():
    """Costs on several scales with many ties between digits; targets from 1 to about 40,
    one cost, or large (up to 5000 when every digit is expensive)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([4, 12, 5000]))
        cost = draw(st.lists(st.integers(1, top) | st.integers(3000, 5000), min_size=9, max_size=9))
        target = draw(st.integers(1, 40) | st.sampled_from([min(cost), max(cost), 5000]))
        # at most a few thousand multisets for the oracle, answers of at most 60 digits, and
        # at most 20000 digit sequences for a search without memory (slow on the probe only)
        while target > 1 and (
            math.prod(target // c + 1 for c in cost[:-1]) > 5000 or target > 60 * min(cost) or _prefixes(cost, target) > 20_000
        ):
            target //= 2
        return {"cost": cost, "target": target}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Target n, every digit costing between 2 and 9 (so the answer has up to n / 2
    digits): every cost up to n is a state, and a search without memory tries every
    sequence of digits."""
    return {"cost": [rng.randint(2, 9) for _ in range(9)], "target": n}
