"""0/1 Knapsack: reference (memoised take-or-skip over (item, capacity left)) and oracle.

The reference is top-down so that it solves only the states that are actually reachable:
a bottom-up table (the pattern's template) is just as optimal, and against this yardstick
neither style looks slower than it is on the complexity probe.
"""

import random


def knapsack(profits: list[int], weights: list[int], capacity: int) -> int:
    """best(i, c): the largest profit from items i.. with capacity c left.

    Item i is skipped, or taken when it fits; the rest of the choice depends only on
    (i, c), so each of the n * (capacity + 1) states is solved once (memoised).
    O(n * capacity) time and space.
    """
    n = len(profits)
    memo: dict[tuple[int, int], int] = {}

    def best(i: int, c: int) -> int:
        if i == n:
            return 0
        key = (i, c)
        if key not in memo:
            result = best(i + 1, c)  # skip item i
            if weights[i] <= c:  # or take it, once
                result = max(result, profits[i] + best(i + 1, c - weights[i]))
            memo[key] = result
        return memo[key]

    return best(0, capacity)


def brute_force(profits: list[int], weights: list[int], capacity: int) -> int:
    """Every subset of the items, listed as (weight, profit) totals: the best one that fits."""
    subsets = [(0, 0)]
    for p, w in zip(profits, weights):
        subsets += [(sw + w, sp + p) for sw, sp in subsets]  # each old subset, with item added
    return max(sp for sw, sp in subsets if sw <= capacity)


def inputs():
    """Items on one of three weight scales; the capacity from 0 to past the total weight."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 12))
        top = draw(st.sampled_from([5, 30, 1000]))
        weights = draw(st.lists(st.integers(1, top), min_size=n, max_size=n))
        profits = draw(st.lists(st.sampled_from([0, 1, 2, 3, 10, 50, 9999, 10000]) | st.integers(0, 10_000), min_size=n, max_size=n))
        total = sum(weights)
        capacity = draw(st.sampled_from([0, 1, total // 2, total, min(total + 1, 1000), 1000]) | st.integers(0, min(total, 1000)))
        return {"profits": profits, "weights": weights, "capacity": min(capacity, 1000)}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n items, capacity fixed: light items, so almost every subset of a prefix still fits
    and a take-or-skip recursion without memory keeps branching."""
    capacity = 40
    weights = [rng.randint(1, 6) for _ in range(n)]
    profits = [rng.randint(1, 100) for _ in range(n)]
    return {"profits": profits, "weights": weights, "capacity": capacity}
