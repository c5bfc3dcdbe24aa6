"""Longest Substring Without Repeating Characters: reference (sliding window with the
last index of each character) and oracle."""

import random


def longest_unique_substring(s: str) -> int:
    """Grow the window s[left..right] one character at a time. When s[right] already
    occurs inside the window, jump left just past that earlier occurrence, so the window
    never holds a repeat. One pass: O(n) time, O(min(n, alphabet)) space.
    """
    last_seen: dict[str, int] = {}   # character -> the last index where it occurred
    left = best = 0
    for right, ch in enumerate(s):
        # Only an occurrence inside the window (at index >= left) is a repeat; an
        # older one was already dropped, and jumping back to it would grow the window.
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)   # s[left..right] has no repeats
    return best


def brute_force(s: str) -> int:
    """Check every substring for repeats with a set: O(n^3)."""
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best


def inputs():
    """Printable ASCII strings, often over a few characters so that repeats are common."""
    from hypothesis import strategies as st

    printable = "".join(chr(c) for c in range(32, 127))
    return st.one_of(
        st.text(alphabet=printable, max_size=40),
        st.text(alphabet="abc d", max_size=40),
        st.text(alphabet="ab", max_size=40),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """Random printable ASCII, so every character keeps coming back into the window."""
    return {"s": "".join(chr(rng.randint(32, 126)) for _ in range(n))}
