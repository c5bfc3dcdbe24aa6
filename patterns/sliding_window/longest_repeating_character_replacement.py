"""Longest Repeating Character Replacement: reference (sliding window with the count of
the window's most frequent letter) and oracle."""

import random


def character_replacement(s: str, k: int) -> int:
    """A window can be made of one letter with (length - count of its most frequent
    letter) replacements. Grow the window on the right and shrink it from the left while
    that number exceeds k. O(n) time, O(1) space (26 counters).

    `max_freq` is the highest count any letter has reached in a window so far; it is never
    lowered when the window shrinks. That is safe: a stale max_freq can only keep a window
    as long as the best one already found, and the answer grows only when some letter
    reaches a new, higher count inside the window, which updates max_freq for real.
    """
    counts: dict[str, int] = {}
    left = max_freq = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1             # s[right] enters
        max_freq = max(max_freq, counts[ch])
        while (right - left + 1) - max_freq > k:       # more than k letters to replace
            counts[s[left]] -= 1                       # s[left] leaves
            left += 1
        best = max(best, right - left + 1)
    return best


def brute_force(s: str, k: int) -> int:
    """For every substring and every letter, count the letters to change: O(26 * n^3)."""
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            for letter in set(sub):
                if len(sub) - sub.count(letter) <= k:
                    best = max(best, len(sub))
    return best


def probe(n: int, rng: random.Random) -> dict:
    """Random letters from four with k = n / 8: the best windows are about n / 6 long, so
    extending a window from every start is O(n^2) while one sliding window is O(n)."""
    return {"s": "".join(rng.choice("ABCD") for _ in range(n)), "k": n // 8}
