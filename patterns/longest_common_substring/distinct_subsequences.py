"""Distinct Subsequences: reference (counting DP over prefixes, one row) and oracle."""

import random
from itertools import combinations


def num_distinct(s: str, t: str) -> int:
    """ways[j] (for the prefix of s read so far) counts the ways to spell t[:j]. A new
    character c of s adds, for each j with t[j-1] == c, the ways to spell t[:j-1] before
    it. j goes downward so that ways[j-1] is still the old value. ways[0] = 1.
    O(len(s) * len(t)) time, O(len(t)) space.
    """
    n = len(t)
    ways = [1] + [0] * n
    for c in s:
        for j in range(n, 0, -1):
            if t[j - 1] == c:
                ways[j] += ways[j - 1]
    return ways[n]


def brute_force(s: str, t: str) -> int:
    """Count every set of len(t) positions of s that spells t."""
    return sum(1 for picked in combinations(s, len(t)) if "".join(picked) == t)


def inputs():
    """t picked from s (often with repeated letters, so there are many ways), the same
    with one letter changed or two swapped, and random pairs over few letters."""
    from hypothesis import strategies as st

    @st.composite
    def picked(draw):
        s = draw(st.text(alphabet=draw(st.sampled_from(["ab", "abc", "a"])), min_size=1, max_size=14))
        k = draw(st.integers(1, min(7, len(s))))
        positions = sorted(draw(st.lists(st.integers(0, len(s) - 1), min_size=k, max_size=k, unique=True)))
        t = [s[i] for i in positions]
        change = draw(st.sampled_from(["none", "none", "letter", "swap"]))
        if change == "letter":
            t[draw(st.integers(0, len(t) - 1))] = draw(st.sampled_from("abcd"))
        elif change == "swap" and len(t) >= 2:
            i = draw(st.integers(0, len(t) - 2))
            t[i], t[i + 1] = t[i + 1], t[i]
        return {"s": s, "t": "".join(t)}

    return st.one_of(
        picked(),
        picked(),
        st.fixed_dictionaries({
            "s": st.text(alphabet="ab", min_size=1, max_size=14),
            "t": st.text(alphabet="ab", min_size=1, max_size=5),
        }),
        st.fixed_dictionaries({
            "s": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14),
            "t": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=7),
        }),
    )


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together (t a quarter of n): t = "aaa" then z..z, s = z..z, then
    a run of "a", then a run of "b". Every letter of t is in s, but the z's of s all
    come before its a's, so the answer is 0. Plain recursion still picks the three a's in
    every possible way (about n^3 ways) and walks the rest of s for each: about n^4,
    against len(s) * len(t) for the table."""
    lt = max(4, n // 4)
    ls = max(4, n - lt)
    z = lt - 3
    run = ls - z
    s = "z" * z + "a" * (run // 2) + "b" * (run - run // 2)
    return {"s": s, "t": "aaa" + "z" * z}
