"""Find the Missing Number: reference (cyclic sort over 0..n), oracle, hooks."""

import random


def find_missing_number(nums: list[int]) -> int:
    """Cyclic sort: value v belongs at index v; n has no index and stays wherever it
    lands. Afterwards the first index holding the wrong value is the missing number, or n
    when every index is right. At most n swaps: O(n) time, O(1) extra space."""
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if v < n and v != i:  # distinct numbers: nums[v] cannot already hold v unless v == i
            nums[i], nums[v] = nums[v], nums[i]
        else:
            i += 1
    for i in range(n):
        if nums[i] != i:
            return i
    return n


def brute_force(nums: list[int]) -> int:
    """Try 0, 1, 2, ... in turn."""
    present = set(nums)
    for candidate in range(len(nums) + 1):
        if candidate not in present:
            return candidate
    raise AssertionError("unreachable: n numbers cannot cover n + 1 values")


def inputs():
    """0..n with one number removed (any of them: 0 and n often), shuffled."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        missing = draw(st.one_of(st.integers(0, n), st.sampled_from([0, n])))
        nums = [x for x in range(n + 1) if x != missing]
        return {"nums": draw(st.permutations(nums))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """0..n shuffled, missing a number near the top: trying 0, 1, 2, ... with a scan of
    the list each time costs O(n^2)."""
    missing = n - rng.randint(0, max(1, n // 16))
    nums = [x for x in range(n + 1) if x != missing]
    rng.shuffle(nums)
    return {"nums": nums}
