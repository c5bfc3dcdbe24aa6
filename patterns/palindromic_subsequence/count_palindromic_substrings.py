"""Count Palindromic Substrings: reference (expand around every centre) and oracle."""

import random


def count_palindromic_substrings(s: str) -> int:
    """Each palindrome has one centre: a character or the gap between two neighbours
    (2n - 1 centres). From each centre, every outward step whose two ends match is one
    more palindrome, and the first mismatch ends that centre, since a palindrome's inside
    is a palindrome too. O(n^2) time in the worst case (one repeated letter), O(1) space.
    """
    n = len(s)
    count = 0
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
    return count


def brute_force(s: str) -> int:
    """Compare every substring with its reverse: O(n^3)."""
    return sum(
        1
        for i in range(len(s))
        for j in range(i + 1, len(s) + 1)
        if s[i:j] == s[i:j][::-1]
    )


def inputs():
    """Strings over one, two or three letters (many palindromes), planted palindromes of
    odd and even length, and any lowercase strings."""
    from hypothesis import strategies as st

    @st.composite
    def planted(draw):
        half = draw(st.text(alphabet="ab", max_size=8))
        middle = draw(st.sampled_from(["", "", "a", "c"]))
        before = draw(st.text(alphabet="abc", max_size=8))
        after = draw(st.text(alphabet="abc", max_size=8))
        return (before + half + middle + half[::-1] + after) or "a"

    return st.one_of(
        st.text(alphabet="ab", min_size=1, max_size=30),
        st.text(alphabet="abc", min_size=1, max_size=30),
        st.text(alphabet="a", min_size=1, max_size=40),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=40),
        planted(),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """One repeated letter: every one of the n(n + 1)/2 substrings is a palindrome, so
    testing them one by one costs O(n^3), and each centre grows as far as it can."""
    return {"s": "a" * n}
