"""First Missing Positive: reference (cyclic sort of the values 1..n), oracle, hooks."""

import random


def first_missing_positive(nums: list[int]) -> int:
    """The answer is in 1..n + 1, so only values in 1..n matter. Cyclic sort puts each of
    them at index v - 1 (values out of range and second copies stay where they are); then
    the first index i not holding i + 1 gives the answer. O(n) time, O(1) extra space."""
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if 1 <= v <= n and nums[v - 1] != v:
            nums[i], nums[v - 1] = nums[v - 1], nums[i]
        else:
            i += 1
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1


def brute_force(nums: list[int]) -> int:
    """Try 1, 2, 3, ... in turn."""
    present = set(nums)
    candidate = 1
    while candidate in present:
        candidate += 1
    return candidate


def inputs():
    """Values mostly around 1..n (so the answer is anywhere in 1..n + 1), with zeros,
    negatives, duplicates, values just above n and the extreme 32-bit values."""
    from hypothesis import strategies as st

    lo, hi = -(2**31), 2**31 - 1

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        kind = draw(st.integers(0, 2))
        if kind == 0:  # a permutation of 1..n with a few values replaced by anything
            nums = list(range(1, n + 1))
            for _ in range(draw(st.integers(0, 3))):
                nums[draw(st.integers(0, n - 1))] = draw(
                    st.one_of(st.integers(-2, n + 2), st.sampled_from([lo, hi, 0, n + 1]))
                )
        else:
            near = st.integers(-3, n + 3)
            far = st.one_of(st.integers(lo, hi), st.sampled_from([lo, hi]))
            item = near if kind == 1 else st.one_of(near, near, far)
            nums = draw(st.lists(item, min_size=n, max_size=n))
        return {"nums": draw(st.permutations(nums))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """1..n shuffled: the answer is n + 1, so trying 1, 2, 3, ... with a scan of the list
    for each costs O(n^2)."""
    nums = list(range(1, n + 1))
    rng.shuffle(nums)
    return {"nums": nums}
