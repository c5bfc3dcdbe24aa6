"""Find the Corrupt Pair: reference (cyclic sort, then the one misplaced index), oracle, hooks."""

import random
from collections import Counter


def find_corrupt_numbers(nums: list[int]) -> list[int]:
    """Cyclic sort (a value whose home already holds it stays put). Then the one index i
    not holding i + 1 holds the duplicate, and i + 1 is missing. O(n) time, O(1) space."""
    i = 0
    while i < len(nums):
        home = nums[i] - 1
        if nums[home] != nums[i]:
            nums[i], nums[home] = nums[home], nums[i]
        else:
            i += 1
    for i in range(len(nums)):
        if nums[i] != i + 1:
            return [nums[i], i + 1]
    raise AssertionError("unreachable: one number is always missing")


def brute_force(nums: list[int]) -> list[int]:
    """Count every value: the one counted twice, and the one of 1..n never counted."""
    counts = Counter(nums)
    duplicate = next(v for v, c in counts.items() if c == 2)
    missing = next(v for v in range(1, len(nums) + 1) if counts[v] == 0)
    return [duplicate, missing]


def inputs():
    """1..n in any order, with one number overwritten by a copy of another (the missing
    and the duplicate are often 1 and n, and sometimes neighbours)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(2, 25))
        missing = draw(st.one_of(st.integers(1, n), st.sampled_from([1, n])))
        duplicate = draw(st.integers(1, n).filter(lambda d: d != missing))
        nums = [duplicate if x == missing else x for x in range(1, n + 1)]
        return {"nums": draw(st.permutations(nums))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """1..n shuffled with a number near the top replaced: counting each value with a scan
    of the list costs O(n^2)."""
    missing = n - rng.randint(0, max(1, n // 16))
    duplicate = rng.choice([x for x in range(max(1, n - 50), n + 1) if x != missing])
    nums = [duplicate if x == missing else x for x in range(1, n + 1)]
    rng.shuffle(nums)
    return {"nums": nums}
