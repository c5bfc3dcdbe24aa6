"""Minimum Deletions to Make a Palindrome: reference (interval DP on deletions) and oracle."""

import random
from itertools import combinations


def min_deletions_to_palindrome(s: str) -> int:
    """dp[i][j] is the fewest deletions that make s[i..j] a palindrome. Equal ends stay as
    the outer pair (dp[i+1][j-1]); otherwise one end must go (1 + the better of dp[i+1][j]
    and dp[i][j-1]). This is len(s) minus the longest palindromic subsequence.
    O(n^2) time and space.
    """
    n = len(s)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 2, -1, -1):
        row, below = dp[i], dp[i + 1]
        for j in range(i + 1, n):
            if s[i] == s[j]:
                row[j] = below[j - 1] if j - 1 > i else 0
            else:
                row[j] = 1 + min(below[j], row[j - 1])
    return dp[0][n - 1] if n else 0


def brute_force(s: str) -> int:
    """Try deleting 0, 1, 2, ... characters in every possible way (that is, keeping
    len(s), len(s) - 1, ... of them, in order) until what is kept reads the same both
    ways: O(2^n * n)."""
    for deleted in range(len(s) + 1):
        for kept in combinations(s, len(s) - deleted):
            if kept == kept[::-1]:
                return deleted
    return len(s)


def inputs():
    """Short strings over few letters, and palindromes with a few letters inserted."""
    from hypothesis import strategies as st

    @st.composite
    def noisy_palindrome(draw):
        half = draw(st.text(alphabet="abc", max_size=5))
        middle = draw(st.sampled_from(["", "a", "d"]))
        chars = list(half + middle + half[::-1])
        for _ in range(draw(st.integers(0, 3))):
            chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from("abcxyz")))
        return "".join(chars) or "q"

    return st.one_of(
        st.text(alphabet="ab", min_size=1, max_size=14),
        st.text(alphabet="abc", min_size=1, max_size=12),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
        noisy_palindrome(),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """A run of "a" with four "b"s at uneven places: plain recursion keeps both branches
    of every unequal pair of ends alive and grows like n^4 or worse over the probe's
    sizes, against n^2 for the table."""
    chars = ["a"] * n
    for t in range(1, 5):
        chars[t * n // 6] = "b"
    return {"s": "".join(chars)}
