"""Minimum Subset Sum Difference: reference (memoised left-or-right over (index, left sum))
and oracle."""

import random


def min_subset_sum_difference(nums: list[int]) -> int:
    """best(i, s): the smallest |left - right| once nums[i:] are placed, the left part
    already summing to s (the right part then sums to total - s).

    nums[i] goes left or right; what follows depends only on (i, s), and s is one of at
    most sum + 1 values, so the n * (sum + 1) states are each solved once. O(n * sum).
    """
    total, n = sum(nums), len(nums)
    memo: dict[tuple[int, int], int] = {}

    def best(i: int, s: int) -> int:
        if i == n:
            return abs(total - 2 * s)
        key = (i, s)
        if key not in memo:
            memo[key] = min(best(i + 1, s + nums[i]), best(i + 1, s))
        return memo[key]

    return best(0, 0)


def brute_force(nums: list[int]) -> int:
    """The sums of all 2^n choices of a left part; the right part holds the rest."""
    sums = [0]
    for x in nums:
        sums += [s + x for s in sums]
    total = sum(nums)
    return min(abs(total - 2 * s) for s in sums)


def inputs():
    """Small lists on several scales, with one number that dwarfs the rest now and then."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([3, 10, 100]))
        nums = draw(st.lists(st.integers(1, top), min_size=1, max_size=14))
        if draw(st.integers(0, 3)) == 0:
            nums[draw(st.integers(0, len(nums) - 1))] = 100
        return {"nums": nums}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers whose total is 2 mod 4: the best split still differs by 2, so a search
    that stops at a perfect split never stops early."""
    nums = [rng.choice([2, 4, 6]) for _ in range(n)]
    if sum(nums) % 4 == 0:
        nums[-1] = 4 if nums[-1] != 4 else 2
    return {"nums": nums}
