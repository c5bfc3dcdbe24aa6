"""Coin Change (number of ways): reference (memoised over (coin index, amount left)) and
oracle."""

import math
import random


def count_change(coins: list[int], amount: int) -> int:
    """ways(i, a): how many combinations of coins[i:] make a.

    Either no more coins[i] are used (move on to coin i + 1), or one more is used and a
    shrinks by coins[i] while coin i stays available. Deciding coin by coin counts every
    combination once, in one order only. Each of the n * (amount + 1) states is solved
    once: O(n * amount) time and space.
    """
    n = len(coins)
    memo: dict[tuple[int, int], int] = {}

    def ways(i: int, a: int) -> int:
        if a == 0:
            return 1  # nothing left to pay: use no more coins
        if i == n:
            return 0
        key = (i, a)
        if key not in memo:
            count = ways(i + 1, a)
            if coins[i] <= a:
                count += ways(i, a - coins[i])
            memo[key] = count
        return memo[key]

    return ways(0, amount)


def brute_force(coins: list[int], amount: int) -> int:
    """Every count of every coin (coin i used 0 .. amount // coins[i] times), counted when
    the total is exactly amount (the last coin pays whatever is left, if it can)."""
    def go(i: int, left: int) -> int:
        if i == len(coins):
            return 1 if left == 0 else 0
        return sum(go(i + 1, left - k * coins[i]) for k in _counts(left, coins[i], i == len(coins) - 1))

    return go(0, amount)


def _counts(left: int, part: int, last: bool) -> range:
    """How many of `part` to use: any count that fits, or for the last part exactly what
    pays the rest (none when it cannot)."""
    if last:
        return range(left // part, left // part + 1) if left % part == 0 else range(0)
    return range(left // part + 1)


def inputs():
    """Distinct coins on several scales; amounts from 0 to 40, one coin, one below the
    smallest coin, or large, as long as the oracle has at most a few thousand counts to try."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([5, 12, 5000]))
        coins = draw(st.lists(st.integers(1, top), min_size=1, max_size=6, unique=True))
        amount = draw(st.integers(0, 40) | st.sampled_from([max(coins), min(coins) - 1, 5000]))
        # at most a few thousand counts for the oracle, a recursion at most 200 deep
        while math.prod(amount // c + 1 for c in coins[:-1]) > 5000 or amount > 200 * min(coins):
            amount //= 2
        return {"coins": coins, "amount": amount}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Amount n with four small coins that share no common factor: every amount and every
    coin index is a state, and a search without memory meets each of the many
    combinations one by one."""
    coins = [2, 3, 5, 7]
    rng.shuffle(coins)
    return {"coins": coins, "amount": n}
