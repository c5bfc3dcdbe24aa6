"""Subset Sum: reference (memoised take-or-skip over (index, sum still needed)) and oracle."""

import random


def subset_sum(nums: list[int], target: int) -> bool:
    """can(i, s): can some of nums[i:] add up to exactly s?

    Either nums[i] stays out, or it is used (once) and s - nums[i] remains. The answer
    for the rest depends only on (i, s), so each of the n * (target + 1) states is solved
    once. O(n * target) time and space.
    """
    n = len(nums)
    memo: dict[tuple[int, int], bool] = {}

    def can(i: int, s: int) -> bool:
        if s == 0:
            return True  # the empty subset
        if i == n:
            return False
        key = (i, s)
        if key not in memo:
            memo[key] = (nums[i] <= s and can(i + 1, s - nums[i])) or can(i + 1, s)
        return memo[key]

    return can(0, target)


def brute_force(nums: list[int], target: int) -> bool:
    """The sums of all 2^n subsets of positions, listed one by one."""
    sums = [0]
    for x in nums:
        sums += [s + x for s in sums]  # each old subset, with x added
    return target in sums


def inputs():
    """Targets that some subset makes, that none makes, 0, and past the total."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([3, 10, 100]))
        nums = draw(st.lists(st.integers(1, top), min_size=1, max_size=14))
        kind = draw(st.integers(0, 3))
        if kind <= 1:  # the sum of a random subset: often reachable
            picks = draw(st.lists(st.booleans(), min_size=len(nums), max_size=len(nums)))
            target = sum(x for x, p in zip(nums, picks) if p)
        elif kind == 2:
            target = draw(st.sampled_from([0, 1, sum(nums), sum(nums) + 1, sum(nums) - 1, 10_000]))
        else:
            target = draw(st.integers(0, sum(nums) + 2))
        return {"nums": nums, "target": max(0, min(target, 10_000))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n even numbers and an odd target: no subset makes it, so nothing can stop early,
    and small numbers keep many subsets under the target for a search without memory."""
    return {"nums": [rng.choice([2, 4, 6, 8]) for _ in range(n)], "target": 61}
