"""Fibonacci Number: reference (the recurrence, memoised) and oracle."""

import math
import random


def fib(n: int) -> int:
    """F(i) = F(i - 1) + F(i - 2), each value computed once and remembered (top-down
    memoisation): n + 1 states, O(n) time. Rolling two variables forward instead gives
    the same O(n) time with O(1) space."""
    memo = {0: 0, 1: 1}

    def f(i: int) -> int:
        if i not in memo:
            memo[i] = f(i - 1) + f(i - 2)
        return memo[i]

    return f(n)


def brute_force(n: int) -> int:
    """F(n) counts the ways to climb n - 1 stairs in steps of 1 and 2: with k steps of 2
    there are n - 1 - k steps in all, and C(n - 1 - k, k) ways to place the 2s."""
    if n == 0:
        return 0
    return sum(math.comb(n - 1 - k, k) for k in range((n - 1) // 2 + 1))


def probe(n: int, rng: random.Random) -> dict:
    """Just n (at most 30, the constraint): the plain recursion makes about 1.6^n calls."""
    return {"n": n}
