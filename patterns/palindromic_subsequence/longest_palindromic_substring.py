"""Longest Palindromic Substring: reference (interval DP over a table of palindromic
substrings) and oracle."""

import random


def longest_palindromic_substring(s: str) -> int:
    """is_pal[i][j] says whether s[i..j] is a palindrome: s[i] == s[j] and the inside
    s[i+1..j-1] is one (an inside shorter than 1 always is). Rows i go downward so that
    row i + 1 is ready when row i reads it. O(n^2) time and space.
    """
    n = len(s)
    is_pal = [[False] * n for _ in range(n)]
    best = 1 if n else 0
    for i in range(n - 1, -1, -1):
        row, inner = is_pal[i], is_pal[i + 1] if i + 1 < n else None
        row[i] = True
        for j in range(i + 1, n):
            if s[i] == s[j] and (j - i < 3 or inner[j - 1]):
                row[j] = True
                if j - i + 1 > best:
                    best = j - i + 1
    return best


def brute_force(s: str) -> int:
    """Compare every substring with its reverse: O(n^3)."""
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                best = max(best, j - i)
    return best


def inputs():
    """Strings over few letters (many palindromes), planted palindromes of odd and even
    length, mixed case, and any digits and letters."""
    from hypothesis import strategies as st

    alnum = "abcXYZ019"

    @st.composite
    def planted(draw):
        half = draw(st.text(alphabet="abAB", max_size=8))
        middle = draw(st.sampled_from(["", "", "a", "b", "Z"]))
        before = draw(st.text(alphabet="abAB1", max_size=8))
        after = draw(st.text(alphabet="abAB1", max_size=8))
        s = before + half + middle + half[::-1] + after
        return s or "a"

    return st.one_of(
        st.text(alphabet="ab", min_size=1, max_size=30),
        st.text(alphabet="abc", min_size=1, max_size=30),
        st.text(alphabet="aA", min_size=1, max_size=12),
        st.text(alphabet=alnum, min_size=1, max_size=40),
        st.text(alphabet="a", min_size=1, max_size=40),
        planted(),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """Three runs of one letter split by two different letters, "a..a b a..a c a..a":
    long substrings match from the outside in for a long way before failing, so checking
    substrings one by one costs O(n) each (O(n^3) in all), even when trying the longest
    first; the longest palindrome, a..a b a..a, is about 2n/3 long."""
    k = n // 3
    return {"s": ("a" * k + "b" + "a" * k + "c" + "a" * n)[:n]}
