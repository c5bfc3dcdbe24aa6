"""Minimum Window Substring: reference (variable sliding window that counts the missing
characters), oracle and checker."""

import random
from bisect import bisect_left
from collections import Counter


def min_window(s: str, t: str) -> str:
    """Grow the window on the right until it holds every character of t (with
    multiplicity); then shrink it from the left while it still does, recording the
    shortest. Each index enters and leaves once: O(len(s) + len(t)) time, O(1) space
    (at most 52 letters).
    """
    need = Counter(t)        # char -> how many more the window needs (< 0: spare copies)
    missing = len(t)         # characters of t, with multiplicity, not yet in the window
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:                    # s[right] covers a character still missing
            missing -= 1
        need[ch] -= 1
        while missing == 0:                 # s[left..right] covers t: try to shrink it
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            out = s[left]                   # s[left] leaves
            need[out] += 1
            if need[out] > 0:               # it was needed: the window no longer covers t
                missing += 1
            left += 1
    return "" if best_len > len(s) else s[best_start : best_start + best_len]


def brute_force(s: str, t: str) -> str:
    """Count the characters of every substring, shortest lengths first: O(n^3)."""
    want = Counter(t)
    for length in range(1, len(s) + 1):
        for start in range(len(s) - length + 1):
            have = Counter(s[start : start + length])
            if all(have[c] >= want[c] for c in want):
                return s[start : start + length]
    return ""


def inputs():
    """Strings over a few letters of both cases, t short enough that a window often exists."""
    from hypothesis import strategies as st

    return st.fixed_dictionaries(
        {
            "s": st.text(alphabet="aAbBc", min_size=1, max_size=40),
            "t": st.text(alphabet="aAbBc", min_size=1, max_size=6),
        }
    ) | st.fixed_dictionaries(
        {
            "s": st.text(alphabet="ab", min_size=1, max_size=40),
            "t": st.text(alphabet="ab", min_size=1, max_size=12),
        }
    )


def probe(n: int, rng: random.Random) -> dict:
    """t = "XYZ" with "X" only near the start, "Y" in the middle and "Z" near the end of s:
    every covering window spans most of s, so growing a window from each start costs
    O(n^2) while one sliding window stays O(n)."""
    n = max(n, 3)
    chars = [rng.choice("abcdefgh") for _ in range(n)]
    band = max(1, n // 8)
    for _ in range(3):
        chars[rng.randrange(0, band)] = "X"
        chars[n // 2 - band // 2 + rng.randrange(band)] = "Y"
        chars[n - 1 - rng.randrange(band)] = "Z"
    return {"s": "".join(chars), "t": "XYZ"}


def _shortest_cover(s: str, t: str) -> int:
    """The length of the shortest window of s that covers t, or 0 when none does.

    Prefix counts per character of t, and for each start a binary search for the first
    end that covers t (covering only gets easier as the end moves right): O(n log n).
    """
    want = Counter(t)
    prefix = {c: [0] for c in want}           # prefix[c][i] = count of c in s[:i]
    for ch in s:
        for c, counts in prefix.items():
            counts.append(counts[-1] + (ch == c))
    best = 0
    for start in range(len(s)):
        # The first end (exclusive) where s[start:end] holds want[c] copies of every c.
        end = max(bisect_left(counts, counts[start] + want[c]) for c, counts in prefix.items())
        if end <= len(s) and (best == 0 or end - start < best):
            best = end - start
    return best


def check(inputs: dict, answer, expected):
    """Any substring of s of the shortest length that holds every character of t with
    its multiplicity; "" exactly when no window covers t."""
    s, t = inputs["s"], inputs["t"]
    if not isinstance(answer, str):
        return f"expected a str, got {type(answer).__name__}: {answer!r}"
    shortest = _shortest_cover(s, t)
    if shortest == 0:
        return True if answer == "" else f"no window of s holds all of t, so the answer is \"\", not {answer!r}"
    if answer == "":
        return f"a window of length {shortest} holds all of t, but the answer is \"\""
    if answer not in s:
        return f"{answer!r} is not a substring of s"
    have, want = Counter(answer), Counter(t)
    lacking = sorted(c for c in want if have[c] < want[c])
    if lacking:
        return f"{answer!r} does not hold enough of {', '.join(map(repr, lacking))}"
    if len(answer) != shortest:
        return f"{answer!r} has length {len(answer)}, but a window of length {shortest} holds all of t"
    return True
