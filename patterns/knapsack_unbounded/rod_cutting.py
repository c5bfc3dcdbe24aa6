"""Rod Cutting: reference (memoised over the length still to cut) and oracle."""

import random


def cut_rod(prices: list[int]) -> int:
    """best(L): the most a rod of length L can earn.

    Its first piece has some length k from 1 to L (earning prices[k - 1]); the rest is a
    rod of length L - k, cut as well as possible, with every length still available. Each
    of the n lengths tries up to n first pieces once: O(n^2) time, O(n) space.
    """
    memo: dict[int, int] = {0: 0}

    def best(length: int) -> int:
        if length not in memo:
            memo[length] = max(prices[k - 1] + best(length - k) for k in range(1, length + 1))
        return memo[length]

    return best(len(prices))


def brute_force(prices: list[int]) -> int:
    """Every way to cut the rod, as a multiset of piece lengths (largest piece first)."""
    def go(length: int, largest: int) -> int:
        if length == 0:
            return 0
        return max(prices[k - 1] + go(length - k, k) for k in range(1, min(length, largest) + 1))

    return go(len(prices), len(prices))


def probe(n: int, rng: random.Random) -> dict:
    """Random prices: no single cut dominates, so every split has to be weighed."""
    return {"prices": [rng.randint(1, 100_000) for _ in range(n)]}
