"""Two Single Numbers: reference (XOR, then split by a bit where the two differ) and oracle."""

import random


def two_single_numbers(nums: list[int]) -> list[int]:
    """XOR all to get x ^ y; split by its lowest set bit; XOR each group. O(n) time, O(1) space.

    x ^ y is non-zero because x != y, and a set bit marks a position where x and y differ,
    so they land in different groups. Both copies of any other number share that bit and
    land in the same group, where they cancel. Python's ints behave as infinite two's
    complement, so diff & -diff isolates the lowest set bit for negative numbers too.
    """
    diff = 0
    for v in nums:
        diff ^= v
    low_bit = diff & -diff
    x = y = 0
    for v in nums:
        if v & low_bit:
            x ^= v
        else:
            y ^= v
    return sorted([x, y])


def brute_force(nums: list[int]) -> list[int]:
    """Keep the numbers that occur exactly once, by counting each."""
    return sorted(v for v in nums if nums.count(v) == 1)


def inputs():
    """Distinct values; two of them once, the rest twice, shuffled (negatives and the 32-bit extremes included)."""
    from hypothesis import strategies as st

    values = st.integers(-2**31, 2**31 - 1) | st.integers(-4, 4) | st.sampled_from([-2**31, 2**31 - 1, 0, -1])

    @st.composite
    def draw(draw):
        distinct = draw(st.lists(values, min_size=2, max_size=15, unique=True))
        nums = distinct + distinct[2:]
        order = draw(st.permutations(range(len(nums))))
        return {"nums": [nums[i] for i in order]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Pairs first and the two single numbers last: counting each number in turn costs n scans of n."""
    values = rng.sample(range(-2**31, 2**31), n // 2 + 1)
    pairs = values[2:] * 2
    rng.shuffle(pairs)
    return {"nums": pairs + values[:2]}
