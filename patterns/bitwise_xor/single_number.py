"""Single Number: reference (XOR of everything) and oracle."""

import random


def single_number(nums: list[int]) -> int:
    """XOR every number: each pair cancels (a ^ a == 0) and the lone number is left (a ^ 0 == a).

    XOR is commutative and associative, so the order of the numbers does not matter.
    O(n) time, O(1) space.
    """
    acc = 0
    for x in nums:
        acc ^= x
    return acc


def brute_force(nums: list[int]) -> int:
    """Count each number's occurrences; return the one seen once."""
    for x in nums:
        if sum(1 for y in nums if y == x) == 1:
            return x
    raise AssertionError("every number appears twice but one")


def inputs():
    """Distinct values, each twice except one, shuffled (negatives and zero included)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        values = draw(st.lists(st.integers(-30000, 30000) | st.integers(-3, 3), min_size=1, max_size=15, unique=True))
        nums = values + values[1:]
        order = draw(st.permutations(range(len(nums))))
        return {"nums": [nums[i] for i in order]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n // 2 pairs and the single number last: counting each number in turn looks at all n of them n times."""
    values = rng.sample(range(-30000, 30001), n // 2 + 1)
    pairs = values[1:] * 2
    rng.shuffle(pairs)
    return {"nums": pairs + [values[0]]}
