"""Tallest Billboard: reference (memoised left/right/unused over (rod, height difference))
and oracle."""

import math
import random

IMPOSSIBLE = float("-inf")


def tallest_billboard(rods: list[int]) -> int:
    """best(i, d): the most height rods[i:] can still add to the left support when the left
    one is d taller than the right one now, so that both end equal (-inf if they cannot).

    Each rod goes left (d grows, the left gains it), right (d shrinks) or nowhere. The
    rest depends only on (i, d), and d stays within [-sum, sum]: n * (2 * sum + 1)
    states, each solved once. O(len(rods) * sum(rods)) time and space.
    """
    n = len(rods)
    memo: dict[tuple[int, int], float] = {}

    def best(i: int, d: int) -> float:
        if i == n:
            return 0 if d == 0 else IMPOSSIBLE
        key = (i, d)
        if key not in memo:
            r = rods[i]
            memo[key] = max(best(i + 1, d), r + best(i + 1, d + r), best(i + 1, d - r))
        return memo[key]

    return int(best(0, 0))


def brute_force(rods: list[int]) -> int:
    """All 3^n placements (left, right, unused) as (left, right) heights: the tallest equal pair."""
    pairs = [(0, 0)]
    for r in rods:
        pairs = [(a + r, b) for a, b in pairs] + [(a, b + r) for a, b in pairs] + pairs
    return max(a for a, b in pairs if a == b)


def inputs():
    """Up to 8 rods (the oracle tries 3^n placements), on several scales, the total kept
    within 5000."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([3, 12, 1000]))
        rods = draw(st.lists(st.integers(1, top), min_size=1, max_size=8))
        while sum(rods) > 5000:  # the constraint on the total
            rods = [max(1, r // 2) for r in rods]
        return {"rods": rods}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Rods of total length n, their number growing slowly (2 log2 n, at most 20): the
    reference's n * sum grows a little faster than n, while a search without memory tries
    all 3^len(rods) placements, which grows like a high power of n."""
    count = max(1, min(20, round(2 * math.log2(n))))
    cuts = sorted(rng.sample(range(1, n), count - 1))
    return {"rods": [b - a for a, b in zip([0, *cuts], [*cuts, n])]}
