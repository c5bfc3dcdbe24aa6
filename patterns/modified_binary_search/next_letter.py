"""Next Letter: reference (binary search for the first letter > target, wrapping around) and oracle."""

import random


def next_greatest_letter(letters: list[str], target: str) -> str:
    """Find the first index whose letter is > target by halving [lo, hi]: O(log n), O(1) space.

    The loop ends with lo == hi + 1: every letter before lo is <= target, every letter from
    lo on is > target. lo == len(letters) means no letter is greater, so the answer wraps
    around to letters[0].
    """
    lo, hi = 0, len(letters) - 1
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        if letters[mid] <= target:
            lo = mid + 1  # mid and every letter before it are not greater than target
        else:
            hi = mid - 1  # mid is greater; an earlier letter may be too
    return letters[lo % len(letters)]


def brute_force(letters: list[str], target: str) -> str:
    """Walk the alphabet up from target, wrapping past 'z', until a letter of the list appears."""
    present = set(letters)
    code = ord(target)
    for step in range(1, 27):
        letter = chr(ord("a") + (code - ord("a") + step) % 26)
        if letter in present:
            # the wrap-around answer is the smallest letter of the list, letters[0]
            return letter
    raise AssertionError("at least two different letters are promised")


def inputs():
    """Sorted letters from a few distinct ones (repeats likely), at least two different; any target."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        pool = draw(st.lists(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=6, unique=True))
        extra = draw(st.lists(st.sampled_from(pool), max_size=28))
        letters = sorted(pool[:2] + extra)
        target = draw(st.sampled_from(letters) | st.sampled_from("abcdefghijklmnopqrstuvwxyz") | st.sampled_from([letters[-1], "z", "a"]))
        return {"letters": letters, "target": target}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Half 'c's, half 'e's, target 'c': the answer sits in the middle, half a scan from either end."""
    low = n // 2
    return {"letters": ["c"] * low + ["e"] * (n - low), "target": "c"}
