"""Subsets With Duplicates: reference (sort, extend only last round's subsets on a repeat)
and oracle (all 2^n selections, deduplicated)."""

import random


def subsets_with_dup(nums: list[int]) -> list[list[int]]:
    """Sort so equal values are neighbours; a repeated value extends only the subsets made
    in the previous round (the older ones already got a copy of this value last round).

    Each distinct subset is built exactly once, from a distinct parent: O(n · s) for s
    distinct subsets, plus O(n log n) to sort.
    """
    nums = sorted(nums)
    result: list[list[int]] = [[]]
    new_start = 0
    for i, x in enumerate(nums):
        begin = new_start if i > 0 and x == nums[i - 1] else 0
        new_start = len(result)
        result += [subset + [x] for subset in result[begin:new_start]]
    return result


def brute_force(nums: list[int]) -> list[list[int]]:
    """Every one of the 2^n selections of positions, as a sorted tuple, kept once."""
    n = len(nums)
    seen = {tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)) for mask in range(1 << n)}
    return [list(t) for t in seen]


def inputs():
    """Lists drawn from a pool of one to four values half of the time, so repeats are common."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        if draw(st.booleans()):
            pool = draw(st.lists(st.integers(-10, 10), min_size=1, max_size=4, unique=True))
            nums = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=8))
        else:
            nums = draw(st.lists(st.integers(-10, 10), min_size=1, max_size=8))
        return {"nums": nums}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n numbers of two values, shuffled: (n/2 + 1)^2 distinct subsets out of 2^n selections,
    so building every selection and deduplicating shows its exponential growth."""
    nums = [4] * (n // 2) + [-7] * (n - n // 2)
    rng.shuffle(nums)
    return {"nums": nums}
