"""Longest Common Subsequence: reference (DP over pairs of prefixes, two rows) and oracle."""

import random
from itertools import combinations


def longest_common_subsequence(s1: str, s2: str) -> int:
    """dp[i][j] is the answer for s1[:i] and s2[:j]: equal last characters extend
    dp[i-1][j-1] by one; otherwise one of them is left out, max(dp[i-1][j], dp[i][j-1]).
    Only the previous row is kept. O(len(s1) * len(s2)) time, O(len(s2)) space.
    """
    prev = [0] * (len(s2) + 1)
    for i in range(1, len(s1) + 1):
        cur = [0] * (len(s2) + 1)
        c = s1[i - 1]
        for j in range(1, len(s2) + 1):
            if c == s2[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = prev[j] if prev[j] > cur[j - 1] else cur[j - 1]
        prev = cur
    return prev[-1]


def brute_force(s1: str, s2: str) -> int:
    """Every subsequence of the shorter string, longest first, tested against the other."""
    short, long_ = sorted((s1, s2), key=len)

    def is_subsequence(word) -> bool:
        it = iter(long_)
        return all(c in it for c in word)

    for length in range(len(short), 0, -1):
        for picked in combinations(short, length):
            if is_subsequence(picked):
                return length
    return 0


def inputs():
    """Pairs over few letters, pairs where a common subsequence is spread through both
    strings, and pairs of any lowercase letters."""
    from hypothesis import strategies as st

    @st.composite
    def planted(draw):
        common = draw(st.text(alphabet="abc", min_size=1, max_size=6))
        def spread(extra: str, limit: int) -> str:
            chars = list(common)
            for _ in range(draw(st.integers(0, limit - len(chars)))):
                chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(extra)))
            return "".join(chars)
        return {"s1": spread("abcd", 10), "s2": spread("abce", 14)}

    return st.one_of(
        st.fixed_dictionaries({
            "s1": st.text(alphabet="ab", min_size=1, max_size=10),
            "s2": st.text(alphabet="ab", min_size=1, max_size=14),
        }),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="abc", min_size=1, max_size=10),
            "s2": st.text(alphabet="abc", min_size=1, max_size=14),
        }),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
            "s2": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14),
        }),
        planted(),
    )


def _a_run_with_two_b(length: int, first: float, second: float) -> str:
    chars = ["a"] * length
    for where in (first, second):
        chars[min(length - 1, int(where * length))] = "b"
    return "".join(chars)


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together: runs of "a", each with two "b"s at different places.
    Plain recursion branches at every mismatch, and here the branches stay alive: it
    grows like n^4 or worse over the probe's sizes (while still finishing), against
    n * m for the table."""
    half = n // 2
    return {"s1": _a_run_with_two_b(half, 1 / 3, 2 / 3), "s2": _a_run_with_two_b(n - half, 1 / 6, 1 / 2)}
