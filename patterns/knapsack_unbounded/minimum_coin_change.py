"""Minimum Coin Change: reference (memoised over the amount left) and oracle."""

import math
import random

INFINITY = float("inf")


def min_coins(coins: list[int], amount: int) -> int:
    """fewest(a): the fewest coins that make exactly a (infinity when none do).

    The last coin paid is some coin c <= a; before it, a - c had to be paid as cheaply
    as possible. Each of the amount + 1 states tries the n coins once: O(n * amount)
    time, O(amount) space.
    """
    memo: dict[int, float] = {0: 0}

    def fewest(a: int) -> float:
        if a not in memo:
            memo[a] = min([fewest(a - c) + 1 for c in coins if c <= a], default=INFINITY)
        return memo[a]

    best = fewest(amount)
    return -1 if best == INFINITY else int(best)


def brute_force(coins: list[int], amount: int) -> int:
    """Every count of every coin (coin i used 0 .. amount // coins[i] times): the
    combination that makes amount with the fewest coins."""
    def go(i: int, left: int) -> float:
        if i == len(coins):
            return 0 if left == 0 else INFINITY
        return min((k + go(i + 1, left - k * coins[i]) for k in _counts(left, coins[i], i == len(coins) - 1)), default=INFINITY)

    best = go(0, amount)
    return -1 if best == INFINITY else int(best)


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
    """Coins on several scales (greedy traps like [1, 3, 4] included, huge coins too),
    amounts from 0 to about 60."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        if draw(st.integers(0, 3)) == 0:  # a trap for taking the largest coin first
            coins = list(draw(st.permutations(draw(st.sampled_from([[1, 3, 4], [1, 5, 6, 9], [5, 7], [2, 5]])))))
        else:
            top = draw(st.sampled_from([6, 25, 2**31 - 1]))
            coins = draw(st.lists(st.integers(1, top), min_size=1, max_size=5))
        amount = draw(st.integers(0, 60) | st.sampled_from([min(max(coins), 10_000), 10_000]))
        # at most a few thousand counts for the oracle, a recursion at most 200 deep, and at
        # most 20000 orders of coins for a search without memory (slow on the probe only)
        while math.prod(amount // c + 1 for c in coins[:-1]) > 5000 or amount > 200 * min(coins) or _prefixes(coins, amount) > 20_000:
            amount //= 2
        return {"coins": coins, "amount": amount}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Amount n with three coins that share no common factor: every amount is a state,
    and a search without memory tries every order of every combination."""
    coins = [3, 7, 11]
    rng.shuffle(coins)
    return {"coins": coins, "amount": n}
