"""Find All Duplicate Numbers: reference (cyclic sort, then the misplaced values), oracle, hooks."""

import random
from collections import Counter


def find_duplicates(nums: list[int]) -> list[int]:
    """Cyclic sort: send v to index v - 1 unless a copy of v is already there. Afterwards
    each value occurring twice has one copy at home and the other at some index that is
    not its home; every value occurs at most twice, so it is collected once.
    O(n) time, O(1) extra space besides the answer."""
    i = 0
    while i < len(nums):
        home = nums[i] - 1
        if nums[home] != nums[i]:
            nums[i], nums[home] = nums[home], nums[i]
        else:
            i += 1
    return [nums[i] for i in range(len(nums)) if nums[i] != i + 1]


def brute_force(nums: list[int]) -> list[int]:
    """Count every value; keep those counted twice."""
    return [v for v, c in Counter(nums).items() if c == 2]


def inputs():
    """n numbers from 1..n, each once or twice: no repeats, a few, or as many as fit."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        twice = draw(st.one_of(st.integers(0, n // 2), st.sampled_from([0, n // 2])))
        values = draw(st.permutations(list(range(1, n + 1))))[: n - twice]  # n - twice distinct values
        nums = values + values[:twice]  # the first `twice` of them appear twice
        return {"nums": draw(st.permutations(nums))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A quarter of the values twice, the rest once, shuffled: counting each distinct
    value with a scan of the list costs O(n^2)."""
    twice = n // 4
    values = rng.sample(range(1, n + 1), n - twice)
    nums = values + values[:twice]
    rng.shuffle(nums)
    return {"nums": nums}
