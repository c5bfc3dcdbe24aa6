"""Sort Characters by Frequency: reference (count, then a max-heap of the characters), oracle, checker."""

import heapq
import random
import string
from collections import Counter
from itertools import groupby


def frequency_sort(s: str) -> str:
    """Count once; a max-heap of (count, character) hands out the characters from most to
    least frequent. O(n) to count and build, O(d log d) for the at most 62 distinct
    characters: O(n) time, O(n) space for the answer.

    The counting loop is written out (rather than collections.Counter, which counts in C)
    so that the reference's time grows linearly from the probe's smallest sizes on, like
    a learner's O(n) loop: a reference whose fixed costs dominate would make correct
    solutions look as if they grew faster."""
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    heap = [(-count, ch) for ch, count in counts.items()]
    heapq.heapify(heap)
    parts = []
    while heap:
        negative, ch = heapq.heappop(heap)
        parts.append(ch * -negative)
    return "".join(parts)


def brute_force(s: str) -> str:
    """Count each character by scanning the string; sort the characters by (-count, char)."""
    return "".join(sorted(s, key=lambda ch: (-s.count(ch), ch)))


def check(inputs: dict, answer, expected):
    """The same characters as s, each character's copies in one block, blocks in
    non-increasing order of length."""
    s = inputs["s"]
    if not isinstance(answer, str):
        return f"expected a string, got {type(answer).__name__}"
    if len(answer) != len(s):
        return f"expected {len(s)} characters, got {len(answer)}"
    if Counter(answer) != Counter(s):
        extra = Counter(answer) - Counter(s)
        return f"not a rearrangement of s: {next(iter(extra))!r} occurs more often than in s"
    blocks = [(ch, len(list(run))) for ch, run in groupby(answer)]
    seen = set()
    for ch, _ in blocks:
        if ch in seen:
            return f"the copies of {ch!r} are not together in one block"
        seen.add(ch)
    for (a, la), (b, lb) in zip(blocks, blocks[1:]):
        if lb > la:
            return f"{b!r} (x{lb}) comes after {a!r} (x{la}), which occurs less often"
    return True


def inputs():
    """Strings over a few characters (long blocks, tied counts) or over all 62."""
    from hypothesis import strategies as st

    alphabets = st.sampled_from(["ab", "abc", "aAbB1", string.ascii_letters + string.digits])
    return alphabets.flatmap(lambda alpha: st.text(alphabet=alpha, min_size=1, max_size=40)).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """n characters over all 62: counting a character by a scan of s once per position
    is quadratic."""
    return {"s": "".join(rng.choices(string.ascii_letters + string.digits, k=n))}
