"""Palindrome Partitioning (Minimum Cuts): reference (a table of palindromic substrings,
then the fewest cuts per prefix) and oracle."""

import random
from itertools import combinations


def min_palindrome_cuts(s: str) -> int:
    """is_pal[i][j] (interval DP, i going down) says whether s[i..j] is a palindrome.
    cuts[j], the fewest cuts for s[0..j], tries every last piece s[i..j] that is a
    palindrome: 0 if it starts at 0, else cuts[i-1] + 1. O(n^2) time and space.
    """
    n = len(s)
    is_pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        row, inner = is_pal[i], is_pal[i + 1] if i + 1 < n else None
        row[i] = True
        for j in range(i + 1, n):
            if s[i] == s[j] and (j - i < 3 or inner[j - 1]):
                row[j] = True
    cuts = [0] * n
    for j in range(n):
        best = j  # cut before every character
        for i in range(j + 1):
            if is_pal[i][j]:
                candidate = 0 if i == 0 else cuts[i - 1] + 1
                if candidate < best:
                    best = candidate
        cuts[j] = best
    return cuts[-1] if n else 0


def brute_force(s: str) -> int:
    """Try 0, 1, 2, ... cuts at every possible set of places: O(2^n * n)."""
    n = len(s)
    palindromic = {(a, b) for a in range(n) for b in range(a + 1, n + 1) if s[a:b] == s[a:b][::-1]}
    for k in range(n):
        for places in combinations(range(1, n), k):
            bounds = (0, *places, n)
            if all(piece in palindromic for piece in zip(bounds, bounds[1:])):
                return k
    return max(0, n - 1)


def inputs():
    """Strings over few letters, and chains of small palindromes (so that several ways
    to cut compete), plus any lowercase strings."""
    from hypothesis import strategies as st

    @st.composite
    def chained_palindromes(draw):
        pieces = []
        for _ in range(draw(st.integers(1, 4))):
            half = draw(st.text(alphabet="ab", max_size=2))
            pieces.append(half + draw(st.sampled_from(["", "a", "b", "c"])) + half[::-1])
        return "".join(pieces)[:12] or "a"

    return st.one_of(
        st.text(alphabet="ab", min_size=1, max_size=12),
        st.text(alphabet="abc", min_size=1, max_size=12),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
        chained_palindromes(),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """"b" then a run of "a": no prefix longer than one letter is a palindrome, while
    every substring of the run is one, so testing each candidate piece from scratch runs
    the full length of the piece: O(n^3) in all."""
    return {"s": "b" + "a" * (n - 1)}
