"""Single Number II: reference (count each bit modulo 3 with two bit masks) and oracle."""

import random


def single_number_ii(nums: list[int]) -> int:
    """Count, for every bit position at once, how many numbers set it, modulo 3: O(n) time, O(1) space.

    A bit's count mod 3 is kept in two masks: `ones` holds the bits seen 1 time (mod 3),
    `twos` the bits seen 2 times. A bit seen a third time leaves both masks. Numbers seen
    three times therefore vanish, and `ones` ends as the lone number. Python's ints act as
    infinite two's complement, so negative numbers need no special case.
    """
    ones = twos = 0
    for x in nums:
        ones = (ones ^ x) & ~twos
        twos = (twos ^ x) & ~ones
    return ones


def brute_force(nums: list[int]) -> int:
    """Count each number's occurrences; return the one seen once."""
    for x in nums:
        if nums.count(x) == 1:
            return x
    raise AssertionError("every number appears three times but one")


def inputs():
    """Distinct values, each three times except one, shuffled (negatives and the 32-bit extremes included)."""
    from hypothesis import strategies as st

    values = st.integers(-2**31, 2**31 - 1) | st.integers(-4, 4) | st.sampled_from([-2**31, 2**31 - 1, 0, -1])

    @st.composite
    def draw(draw):
        distinct = draw(st.lists(values, min_size=1, max_size=10, unique=True))
        nums = distinct + distinct[1:] * 2
        order = draw(st.permutations(range(len(nums))))
        return {"nums": [nums[i] for i in order]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Triples first and the single number last: counting each number in turn costs n scans of n."""
    values = rng.sample(range(-2**31, 2**31), n // 3 + 1)
    triples = values[1:] * 3
    rng.shuffle(triples)
    return {"nums": triples + values[:1]}
