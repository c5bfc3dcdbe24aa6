"""Longest Common Substring: reference (DP over pairs of prefixes, two rows) and oracle."""

import random


def longest_common_substring(s1: str, s2: str) -> int:
    """run[j] (for the current i) is the length of the common run ending at s1[i-1] and
    s2[j-1]: the diagonal plus one on a match, 0 on a mismatch. The answer is the largest
    run anywhere. O(len(s1) * len(s2)) time, O(len(s2)) space.
    """
    best = 0
    prev = [0] * (len(s2) + 1)
    for i in range(1, len(s1) + 1):
        cur = [0] * (len(s2) + 1)
        c = s1[i - 1]
        for j in range(1, len(s2) + 1):
            if c == s2[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def brute_force(s1: str, s2: str) -> int:
    """Every substring of s1, longest first, looked up among all substrings of s2."""
    in_s2 = {s2[i:j] for i in range(len(s2)) for j in range(i + 1, len(s2) + 1)}
    for length in range(len(s1), 0, -1):
        if any(s1[i : i + length] in in_s2 for i in range(len(s1) - length + 1)):
            return length
    return 0


def inputs():
    """Pairs over few letters, pairs with a planted shared run (often with near copies of
    it around), and pairs of any lowercase letters."""
    from hypothesis import strategies as st

    small = st.text(alphabet="ab", min_size=1, max_size=15)
    few = st.text(alphabet="abc", min_size=1, max_size=15)
    any_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20)

    @st.composite
    def planted(draw):
        common = draw(st.text(alphabet="abc", min_size=1, max_size=6))
        s1 = draw(st.text(alphabet="abcd", max_size=7)) + common + draw(st.text(alphabet="abcd", max_size=7))
        s2 = draw(st.text(alphabet="abce", max_size=7)) + common + draw(st.text(alphabet="abce", max_size=7))
        return {"s1": s1, "s2": s2} if draw(st.booleans()) else {"s1": s2, "s2": s1}

    return st.one_of(
        st.fixed_dictionaries({"s1": small, "s2": small}),
        st.fixed_dictionaries({"s1": few, "s2": few}),
        st.fixed_dictionaries({"s1": any_letters, "s2": any_letters}),
        planted(),
    )


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together: s1 is one run of "a", s2 is runs of "a" a quarter of
    its length long, split by "b". Extending a match from every pair of starts runs up
    to the next "b" each time (O(n^3) in all), and the longest run, a quarter of s2, is
    too short for a "stop once the rest cannot beat the best" shortcut to skip much."""
    half = n // 2
    run = max(1, (n - half) // 4)
    s2 = (("a" * run + "b") * n)[: n - half]
    return {"s1": "a" * half, "s2": s2}
