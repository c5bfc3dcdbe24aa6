"""Combination Sum IV (ordered sequences): reference (memoised over the sum still needed)
and oracle."""

import math
import random


def combination_sum4(nums: list[int], target: int) -> int:
    """ways(t): how many sequences of numbers from nums add up to t.

    A sequence for t > 0 starts with some number x <= t, followed by any sequence for
    t - x; different first numbers give different sequences, so the counts add. Each of
    the target + 1 states tries every number once: O(len(nums) * target) time (the counts
    are exact Python ints), O(target) space.
    """
    memo: dict[int, int] = {0: 1}  # the empty sequence

    def ways(t: int) -> int:
        if t not in memo:
            memo[t] = sum(ways(t - x) for x in nums if x <= t)
        return memo[t]

    return ways(target)


def brute_force(nums: list[int], target: int) -> int:
    """Every multiset of numbers that adds up to target (a count for each number), and for
    each, the number of different orders of its elements: (total count)! / prod(count!)."""
    def go(i: int, left: int, counts: list[int]) -> int:
        if i == len(nums):
            if left:
                return 0
            orders = math.factorial(sum(counts))
            for c in counts:
                orders //= math.factorial(c)
            return orders
        return sum(go(i + 1, left - c * nums[i], counts + [c]) for c in _counts(left, nums[i], i == len(nums) - 1))

    return go(0, target, [])


def _counts(left: int, part: int, last: bool) -> range:
    """How many of `part` to use: any count that fits, or for the last part exactly what
    pays the rest (none when it cannot)."""
    if last:
        return range(left // part, left // part + 1) if left % part == 0 else range(0)
    return range(left // part + 1)


def inputs():
    """Distinct numbers on several scales; targets from 1 to about 40, one of the numbers,
    or large, as long as the counts stay modest."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([5, 15, 1000]))
        nums = draw(st.lists(st.integers(1, top), min_size=1, max_size=5, unique=True))
        target = draw(st.integers(1, 40) | st.sampled_from([max(nums), 1000]))
        # at most a few thousand multisets for the oracle, a recursion at most 200 deep, and
        # at most 20000 sequences of sum <= target (what a search without memory walks), so
        # that such a search is slow on the probe only
        while target > 1 and (
            math.prod(target // x + 1 for x in nums[:-1]) > 5000 or target > 200 * min(nums) or _prefixes(nums, target) > 20_000
        ):
            target //= 2
        return {"nums": nums, "target": target}

    return draw()


def _prefixes(nums: list[int], target: int) -> int:
    """How many sequences from nums have a sum of at most target."""
    ways = [1] + [0] * target
    for t in range(1, target + 1):
        ways[t] = sum(ways[t - x] for x in nums if x <= t)
    return sum(ways)


def probe(n: int, rng: random.Random) -> dict:
    """Target n with four small numbers that share no common factor: every target is a
    state, and a search without memory walks every one of the (exponentially many)
    sequences."""
    nums = [2, 3, 5, 7]
    rng.shuffle(nums)
    return {"nums": nums, "target": n}
