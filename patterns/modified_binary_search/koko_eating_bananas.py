"""Koko Eating Bananas: reference (binary search on the answer) and oracle."""

import random


def min_eating_speed(piles: list[int], h: int) -> int:
    """Search the speed k in [1, max(piles)]: O(n log m) time, O(1) space (m = max(piles)).

    Feasibility is monotonic: if Koko finishes in time at speed k, she does at any faster
    speed. Speed max(piles) always works (one hour per pile, and h >= len(piles)), so the
    smallest feasible speed lies in [1, max(piles)]. Each check costs O(n).
    """

    def hours(k: int) -> int:
        return sum((p + k - 1) // k for p in piles)  # ceil(p / k) hours for each pile

    lo, hi = 1, max(piles)
    while lo < hi:  # invariant: the answer is in [lo, hi]
        mid = (lo + hi) // 2
        if hours(mid) <= h:
            hi = mid  # mid is fast enough; maybe a slower speed is too
        else:
            lo = mid + 1  # too slow
    return lo


def brute_force(piles: list[int], h: int) -> int:
    """Try speeds 1, 2, 3, ... and simulate each pile hour by hour."""
    k = 1
    while True:
        total = 0
        for p in piles:
            left = p
            while left > 0:
                left -= k
                total += 1
        if total <= h:
            return k
        k += 1


def inputs():
    """Small piles (so that every speed can be tried) and h from len(piles) up to far more than needed."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        piles = draw(st.lists(st.integers(1, 40) | st.integers(1, 3), min_size=1, max_size=25))
        n = len(piles)
        h = draw(st.integers(n, n + 3) | st.integers(n, sum(piles) + 3) | st.just(10**9))
        return {"piles": piles, "h": h}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """One pile of 2n among n - 1 piles of 1, and h = n + 1: the answer is n, far from both
    max(piles) and sum(piles) / h, so trying speeds one by one costs n checks of O(n) each."""
    piles = [1] * (n - 1)
    piles.insert(rng.randrange(n), 2 * n)
    return {"piles": piles, "h": n + 1}
