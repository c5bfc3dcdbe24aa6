"""Maximum Ribbon Cut: reference (memoised over the length still to cut) and oracle."""

import math
import random

IMPOSSIBLE = float("-inf")


def max_ribbon_cut(ribbon_lengths: list[int], n: int) -> int:
    """most(r): the most pieces that cut a ribbon of length r exactly (-inf if none do).

    The last piece cut has some allowed length k <= r; before it, r - k had to be cut
    into as many pieces as possible. Each of the n + 1 lengths tries every allowed length
    once: O(len(ribbon_lengths) * n) time, O(n) space.
    """
    memo: dict[int, float] = {0: 0}

    def most(r: int) -> float:
        if r not in memo:
            memo[r] = max([most(r - k) + 1 for k in ribbon_lengths if k <= r], default=IMPOSSIBLE)
        return memo[r]

    best = most(n)
    return -1 if best == IMPOSSIBLE else int(best)


def brute_force(ribbon_lengths: list[int], n: int) -> int:
    """Every count of every allowed length (length i used 0 .. n // length times): the
    combination that covers n exactly with the most pieces."""
    def go(i: int, left: int) -> float:
        if i == len(ribbon_lengths):
            return 0 if left == 0 else IMPOSSIBLE
        k = ribbon_lengths[i]
        return max((c + go(i + 1, left - c * k) for c in _counts(left, k, i == len(ribbon_lengths) - 1)), default=IMPOSSIBLE)

    best = go(0, n)
    return -1 if best == IMPOSSIBLE else int(best)


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
    """Allowed lengths on several scales (duplicates included), lengths n from 1 to about
    60, some that cannot be cut exactly."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([6, 25, 1000]))
        lengths = draw(st.lists(st.integers(1, top), min_size=1, max_size=5))
        n = draw(st.integers(1, 60) | st.sampled_from([max(lengths), 10_000]))
        # at most a few thousand counts for the oracle, a recursion at most 200 deep, and at
        # most 20000 orders of pieces for a search without memory (slow on the probe only)
        while n > 1 and (math.prod(n // k + 1 for k in lengths[:-1]) > 5000 or n > 200 * min(lengths) or _prefixes(lengths, n) > 20_000):
            n //= 2
        return {"ribbon_lengths": lengths, "n": n}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Length n with three allowed lengths that share no common factor: every length is a
    state, and a search without memory tries every order of every combination."""
    lengths = [3, 7, 11]
    rng.shuffle(lengths)
    return {"ribbon_lengths": lengths, "n": n}
