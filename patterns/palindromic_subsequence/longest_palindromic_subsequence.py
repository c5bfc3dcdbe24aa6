"""Longest Palindromic Subsequence: reference (interval DP table) and oracle."""

import random
from itertools import combinations


def longest_palindromic_subsequence(s: str) -> int:
    """dp[i][j] is the answer for s[i..j]. Equal ends both join the palindrome
    (2 + dp[i+1][j-1]); otherwise one end is left out (max of dp[i+1][j] and
    dp[i][j-1]). Rows i go downward so row i + 1 is ready. O(n^2) time and space.
    """
    n = len(s)
    if n == 0:
        return 0
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        row, below = dp[i], dp[i + 1] if i + 1 < n else None
        row[i] = 1
        for j in range(i + 1, n):
            if s[i] == s[j]:
                row[j] = 2 + (below[j - 1] if j - 1 > i else 0)
            else:
                row[j] = max(below[j], row[j - 1])
    return dp[0][n - 1]


def brute_force(s: str) -> int:
    """Try every choice of positions, longest first, until one spells a palindrome: O(2^n * n)."""
    for length in range(len(s), 0, -1):
        for word in combinations(s, length):
            if word == word[::-1]:
                return length
    return 0


def inputs():
    """Short strings over few letters, and palindromes with a few extra letters inserted
    (so the answer is long but not the whole string)."""
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
    """A run of "a" with four "b"s at uneven places. Plain recursion branches at every
    pair of unequal ends, and here the branches stay alive: it grows like n^4 or worse
    over the probe's sizes (while still finishing), against n^2 for the table."""
    chars = ["a"] * n
    for t in range(1, 5):
        chars[t * n // 6] = "b"
    return {"s": "".join(chars)}
