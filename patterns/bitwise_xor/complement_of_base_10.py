"""Complement of Base 10 Number: reference (XOR with an all-ones mask as wide as n) and oracle."""


def bitwise_complement(n: int) -> int:
    """Flip the bits of n up to its highest set bit: n ^ (2**bits - 1). O(log n) time, O(1) space.

    XOR with 1 flips a bit, so XOR with a mask of as many ones as n has bits flips exactly
    those bits. 0 is written "0" (one bit), so its complement is 1: 0.bit_length() is 0,
    hence the special case.
    """
    if n == 0:
        return 1
    mask = (1 << n.bit_length()) - 1
    return n ^ mask


def brute_force(n: int) -> int:
    """Write n in binary, swap every '0' and '1', read the result back."""
    flipped = "".join("1" if c == "0" else "0" for c in format(n, "b"))
    return int(flipped, 2)


def inputs():
    """Any n in range, with 0, 1, powers of two and all-ones numbers (2**k - 1) often."""
    from hypothesis import strategies as st

    k = st.integers(0, 29)
    special = st.one_of(k.map(lambda b: 1 << b), k.map(lambda b: (1 << b) - 1), k.map(lambda b: (1 << b) + 1), st.sampled_from([0, 1, 2, 10**9 - 1]))
    return st.fixed_dictionaries({"n": st.one_of(special, st.integers(0, 10**9 - 1)).filter(lambda v: 0 <= v < 10**9)})
