"""Maximum XOR of Two Numbers: reference (fix the answer bit by bit, with a set of prefixes) and oracle."""

import random


def find_maximum_xor(nums: list[int]) -> int:
    """Decide the answer's bits from the highest down: O(n log M) time, O(n) space (M = max(nums)).

    A higher bit outweighs all lower ones together, so greedily try to set each bit. With
    `prefixes` the numbers cut down to the bits decided so far, the answer can extend to
    `candidate` exactly when two prefixes p and q have p ^ q == candidate, that is when
    p ^ candidate is itself a prefix (a ^ b == c  <=>  a ^ c == b).
    """
    answer = 0
    mask = 0
    for bit in range(max(nums).bit_length() - 1, -1, -1):
        mask |= 1 << bit
        prefixes = {x & mask for x in nums}
        candidate = answer | (1 << bit)
        if any(p ^ candidate in prefixes for p in prefixes):
            answer = candidate
    return answer


def brute_force(nums: list[int]) -> int:
    """XOR every pair (a number with itself gives 0)."""
    return max(a ^ b for a in nums for b in nums)


def inputs():
    """Up to 30 numbers in [0, 2**31 - 1]: full-width ones, small ones, repeats and powers of two."""
    from hypothesis import strategies as st

    values = st.integers(0, 2**31 - 1) | st.integers(0, 16) | st.integers(0, 30).map(lambda b: (1 << b) if b < 31 else 0) | st.just(2**31 - 1)
    return st.fixed_dictionaries({"nums": st.lists(values, min_size=1, max_size=30)})


def probe(n: int, rng: random.Random) -> dict:
    """n random 31-bit numbers: trying every pair costs n^2 / 2 XORs."""
    return {"nums": [rng.randrange(2**31) for _ in range(n)]}
