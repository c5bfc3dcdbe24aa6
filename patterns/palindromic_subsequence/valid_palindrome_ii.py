"""Valid Palindrome II: reference (match the ends inwards, then try both deletions once)
and oracle."""

import random


def valid_palindrome(s: str) -> bool:
    """Match characters from both ends inwards. At the first mismatch, one of the two
    characters must be the deleted one (everything outside already matches), so the rest
    is a palindrome after skipping s[lo] or after skipping s[hi]. O(n) time, O(1) space.
    """

    def is_palindrome(lo: int, hi: int) -> bool:
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo += 1
            hi -= 1
        return True

    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            return is_palindrome(lo + 1, hi) or is_palindrome(lo, hi - 1)
        lo += 1
        hi -= 1
    return True


def brute_force(s: str) -> bool:
    """Try no deletion and every single deletion: O(n^2)."""
    candidates = [s] + [s[:i] + s[i + 1 :] for i in range(len(s))]
    return any(t == t[::-1] for t in candidates)


def inputs():
    """Palindromes with zero, one or two letters inserted or changed, and short random
    strings: the answers are True and False alike."""
    from hypothesis import strategies as st

    @st.composite
    def near_palindrome(draw):
        half = draw(st.text(alphabet="abc", max_size=10))
        middle = draw(st.sampled_from(["", "a", "b", "d"]))
        chars = list(half + middle + half[::-1])
        for _ in range(draw(st.integers(0, 2))):
            if chars and draw(st.booleans()):
                chars[draw(st.integers(0, len(chars) - 1))] = draw(st.sampled_from("abcd"))
            else:
                where = draw(st.sampled_from([0, 1, len(chars) - 1, len(chars), None]))
                where = draw(st.integers(0, len(chars))) if where is None or where < 0 else where
                chars.insert(where, draw(st.sampled_from("abcd")))
        return "".join(chars) or "a"

    @st.composite
    def one_side_trap(draw):
        # A palindrome with its second letter added at the end (or its second-to-last
        # letter added at the front): after the first mismatch, both sides look
        # deletable from the next letter alone, but only one of them is.
        half = draw(st.text(alphabet="abc", min_size=2, max_size=8))
        middle = draw(st.sampled_from(["", "a", "d"]))
        pal = half + middle + half[::-1]
        return pal + pal[1] if draw(st.booleans()) else pal[-2] + pal

    return st.one_of(
        near_palindrome(),
        near_palindrome(),
        one_side_trap(),
        st.text(alphabet="ab", min_size=1, max_size=10),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=30),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """"a...a bcd a...a": the ends match all the way to the middle, and no single deletion
    helps (the answer is False), so trying every deletion costs O(n) each, O(n^2) in all."""
    k = max(0, (n - 3) // 2)
    return {"s": "a" * k + "bcd" + "a" * (n - 3 - k)}
