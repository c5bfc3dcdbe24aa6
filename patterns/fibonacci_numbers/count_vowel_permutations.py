"""Count Vowels Permutation: reference (five counts by last letter, rolled forward) and
oracle."""

import random

MOD = 10**9 + 7
# The letters allowed right after each vowel.
FOLLOWS = {"a": "e", "e": "ai", "i": "aeou", "o": "iu", "u": "a"}


def count_vowel_permutation(n: int) -> int:
    """ends[v]: how many valid strings of the current length end with the vowel v. A
    string of length k + 1 ending with w is a valid string of length k ending with a
    letter that w may follow, plus w. Five counts per length, rolled forward n - 1 times:
    O(n) time, O(1) space, everything modulo 10**9 + 7."""
    ends = {v: 1 for v in "aeiou"}  # length 1
    for _ in range(n - 1):
        longer = {v: 0 for v in "aeiou"}
        for v, count in ends.items():
            for w in FOLLOWS[v]:
                longer[w] = (longer[w] + count) % MOD
        ends = longer
    return sum(ends.values()) % MOD


def brute_force(n: int) -> int:
    """Up to length 9, list every valid string letter by letter; beyond, raise the 5 x 5
    matrix of allowed pairs to the power n - 1 (by repeated squaring) and add its entries."""
    if n <= 9:
        strings = list("aeiou")
        for _ in range(n - 1):
            strings = [s + w for s in strings for w in FOLLOWS[s[-1]]]
        return len(strings) % MOD
    order = "aeiou"
    step = [[1 if w in FOLLOWS[v] else 0 for w in order] for v in order]

    def times(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
        return [[sum(a[i][k] * b[k][j] for k in range(5)) % MOD for j in range(5)] for i in range(5)]

    power = [[int(i == j) for j in range(5)] for i in range(5)]
    e = n - 1
    while e:
        if e & 1:
            power = times(power, step)
        step = times(step, step)
        e >>= 1
    return sum(map(sum, power)) % MOD


def inputs():
    """Mostly short strings (listed one by one by the oracle), and longer ones up to
    2 * 10**4, where the count wraps around the modulus."""
    from hypothesis import strategies as st

    return st.one_of(
        st.integers(1, 9),
        st.integers(1, 9),
        st.integers(1, 9),
        st.integers(10, 200),
        st.integers(10, 200),
        st.integers(10, 20_000),
    ).map(
        lambda n: {"n": n}
    )


def probe(n: int, rng: random.Random) -> dict:
    """Just n: the number of valid strings grows about 1.9 times per letter, so listing
    them (or recursing without memory) is exponential."""
    return {"n": n}
