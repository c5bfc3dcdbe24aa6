"""Unbounded Knapsack: reference (memoised over the capacity left) and oracle."""

import math
import random


def unbounded_knapsack(profits: list[int], weights: list[int], capacity: int) -> int:
    """best(c): the largest profit with capacity c left, any item any number of times.

    The first item to go in is any kind that fits; after it, the best use of the rest
    depends only on the capacity left (and every kind is still available). Each of the
    capacity + 1 states tries the n kinds once: O(n * capacity) time, O(capacity) space.
    (Top-down and memoised; the one-row table looped upward, as in the pattern's template,
    is the same recurrence bottom-up.)
    """
    items = list(zip(profits, weights))
    memo: dict[int, int] = {}

    def best(c: int) -> int:
        if c not in memo:
            memo[c] = max([p + best(c - w) for p, w in items if w <= c], default=0)
        return memo[c]

    return best(capacity)


def brute_force(profits: list[int], weights: list[int], capacity: int) -> int:
    """Every count of every item but the last (each from 0 to capacity // weight), then as
    many of the last item as still fit (profits are never negative)."""
    last = len(profits) - 1

    def go(i: int, room: int) -> int:
        if i == last:
            return room // weights[i] * profits[i]
        return max(k * profits[i] + go(i + 1, room - k * weights[i]) for k in range(room // weights[i] + 1))

    return go(0, capacity)


def inputs():
    """A few item types on several weight scales; capacities from 0 to a few times the
    largest weight, as long as the oracle has at most a few thousand counts to try."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 5))
        kind = draw(st.integers(0, 2))
        if kind == 0:  # profits close to proportional to weights: the best ratio is a trap
            weights = draw(st.lists(st.integers(2, 7), min_size=n, max_size=n))
            profits = [3 * w + draw(st.integers(-2, 2)) for w in weights]
            capacity = draw(st.integers(0, 24))
        elif kind == 1:
            weights = draw(st.lists(st.integers(1, 8), min_size=n, max_size=n))
            profits = draw(st.lists(st.integers(0, 30), min_size=n, max_size=n))
            capacity = draw(st.integers(0, 40))
        else:
            top = draw(st.sampled_from([15, 1000]))
            weights = draw(st.lists(st.integers(1, top), min_size=n, max_size=n))
            profits = draw(st.lists(st.integers(0, 10_000), min_size=n, max_size=n))
            capacity = draw(st.integers(0, min(1000, 4 * max(weights))) | st.just(1000))
        # at most a few thousand counts for the oracle, a recursion at most 200 deep
        while math.prod(capacity // w + 1 for w in weights[:-1]) > 5000 or capacity > 200 * min(weights):
            capacity //= 2
        return {"profits": profits, "weights": weights, "capacity": capacity}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Capacity n with five light items whose weights share no common factor: every
    capacity is a state, and a search without memory meets a fast-growing number of
    combinations."""
    weights = [2, 3, 5, 7, 9]
    return {"profits": [rng.randint(1, 100) for _ in weights], "weights": weights, "capacity": n}
