"""Longest Substring with At Most K Distinct Characters: reference (variable sliding
window with a frequency map) and oracle."""

import random


def longest_substring_k_distinct(s: str, k: int) -> int:
    """Grow the window on the right; while it holds more than k distinct characters,
    shrink it from the left. After the shrink loop s[left..right] is the longest valid
    window ending at right. O(n) time, O(k) space for the frequency map.
    """
    counts: dict[str, int] = {}      # character -> occurrences in s[left..right]
    left = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1            # s[right] enters
        while len(counts) > k:                        # too many distinct: shrink
            out = s[left]
            counts[out] -= 1
            if counts[out] == 0:
                del counts[out]       # so len(counts) stays the number of distinct chars
            left += 1
        best = max(best, right - left + 1)            # (an empty window when k == 0)
    return best


def brute_force(s: str, k: int) -> int:
    """Count the distinct characters of every substring with a set: O(n^3)."""
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) <= k:
                best = max(best, j - i)
    return best


def probe(n: int, rng: random.Random) -> dict:
    """k = 2 and four blocks, each a random mix of two letters (ab, bc, cd, de): the valid
    windows are about n / 4 long, so extending a window from every start is O(n^2)
    while sliding one window stays O(n)."""
    letters = "abcde"
    block = max(1, n // 4)
    chars = [rng.choice(letters[min(i // block, 3) : min(i // block, 3) + 2]) for i in range(n)]
    return {"s": "".join(chars), "k": 2}
