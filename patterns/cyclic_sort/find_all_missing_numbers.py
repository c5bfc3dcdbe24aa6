"""Find All Missing Numbers: reference (cyclic sort, then scan), oracle, hooks."""

import random


def find_missing_numbers(nums: list[int]) -> list[int]:
    """Cyclic sort: send each value v to index v - 1 unless that index already holds v (a
    duplicate, which then stays where it is). Afterwards index i holds i + 1 exactly when
    i + 1 occurs. At most n swaps: O(n) time, O(1) extra space besides the answer."""
    i = 0
    while i < len(nums):
        home = nums[i] - 1
        if nums[home] != nums[i]:
            nums[i], nums[home] = nums[home], nums[i]
        else:
            i += 1
    return [i + 1 for i in range(len(nums)) if nums[i] != i + 1]


def brute_force(nums: list[int]) -> list[int]:
    """Every number of 1..n that is not among nums."""
    present = set(nums)
    return [x for x in range(1, len(nums) + 1) if x not in present]


def inputs():
    """n numbers from 1..n: all distinct (nothing missing), a few repeats, or heavy repeats."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        kind = draw(st.integers(0, 2))
        if kind == 0:  # any values (about a third of 1..n missing)
            nums = draw(st.lists(st.integers(1, n), min_size=n, max_size=n))
        elif kind == 1:  # a permutation with a few values overwritten by others
            nums = list(range(1, n + 1))
            for _ in range(draw(st.integers(0, 3))):
                nums[draw(st.integers(0, n - 1))] = draw(st.integers(1, n))
        else:  # only a handful of distinct values
            pool = draw(st.lists(st.integers(1, n), min_size=1, max_size=3))
            nums = draw(st.lists(st.sampled_from(pool), min_size=n, max_size=n))
        return {"nums": draw(st.permutations(nums))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Random values from 1..n: about a third of the range is missing, and testing each of
    1..n with a scan of the list costs O(n^2)."""
    return {"nums": [rng.randint(1, n) for _ in range(n)]}
