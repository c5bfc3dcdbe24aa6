"""Cycle in a Circular Array: reference (fast and slow pointers + marking), oracle, hooks."""

import random


def circular_array_loop(nums: list[int]) -> bool:
    """Fast and slow pointers from each start, marking dead indices. O(n) time.

    An index is "dead" once it is proven to lie on no valid cycle; every walk stops at a
    dead index, so each index is walked through a constant number of times overall.
    The marks live in a separate array of flags (n bytes), so the caller's list is left
    untouched; where overwriting the input is allowed, setting nums[i] = 0 instead gives
    O(1) extra space.
    """
    n = len(nums)
    dead = bytearray(n)

    def step(i: int) -> int:
        return (i + nums[i]) % n

    def keeps(i: int, direction: int) -> bool:
        """Can a valid cycle in this direction still pass through index i?"""
        return not dead[i] and nums[i] * direction > 0

    for start in range(n):
        if dead[start]:
            continue
        direction = nums[start]
        # Floyd over the next-index function, only while every move keeps the start's
        # direction (an opposite sign or a dead index ends the walk: no valid cycle there)
        slow, fast = start, step(start)
        while keeps(fast, direction) and keeps(step(fast), direction):
            if slow == fast:
                if slow == step(slow):  # a one-index loop does not count
                    break
                return True
            slow = step(slow)
            fast = step(step(fast))
        # Nothing reachable from start in this direction lies on a valid cycle (the walk
        # would have found it), so mark that whole path dead: no later start re-walks it.
        i = start
        while keeps(i, direction):
            dead[i] = 1
            i = step(i)
    return False


def brute_force(nums: list[int]) -> bool:
    """From every index, follow at most len(nums) moves in one direction, without
    one-index loops, and see whether the walk comes back to where it started. O(n^2)."""
    n = len(nums)
    for start in range(n):
        forward = nums[start] > 0
        i = start
        for _ in range(n):
            j = (i + nums[i]) % n
            if j == i or (nums[i] > 0) != forward:
                break  # a one-index loop, or the direction changed
            i = j
            if i == start:
                return True
    return False


def inputs():
    """Non-zero values, mostly small steps (so loops and direction changes are frequent)."""
    from hypothesis import strategies as st

    small = st.integers(-4, 4).filter(lambda x: x != 0)
    large = st.integers(-1000, 1000).filter(lambda x: x != 0)
    value = st.one_of(small, small, large)
    return st.lists(value, min_size=1, max_size=30).map(lambda nums: {"nums": nums})


def probe(n: int, rng: random.Random) -> dict:
    """No valid cycle, and long forward chains: small forward steps all the way to a final
    block of backward steps, which leads back into the forward part (a direction change).
    A walk from each start then costs O(n), so re-walking without marking is O(n^2)."""
    tail = 4
    nums = [rng.randint(1, 3) for _ in range(n - tail)]  # i + 3 <= n - 2: never wraps
    nums += [-rng.randint(1, 3) for _ in range(tail)]
    return {"nums": nums}
