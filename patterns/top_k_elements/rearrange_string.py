"""Rearrange String: reference (greedy on a max-heap, holding the last letter out), oracle, checker."""

import heapq
import random
import string
from collections import Counter
from functools import lru_cache


def rearrange_string(s: str) -> str:
    """Always place the most frequent letter other than the one just placed. The letter
    just placed is held out of the heap for one step, so it cannot repeat. The greedy
    fails (leaves letters over) only when the most frequent letter occurs more than
    (n + 1) // 2 times, when no arrangement exists. The heap holds at most 26 letters:
    O(n) time, O(1) extra space besides the answer."""
    heap = [(-count, letter) for letter, count in Counter(s).items()]
    heapq.heapify(heap)
    out = []
    held_count, held_letter = 0, ""
    while heap:
        count, letter = heapq.heappop(heap)
        out.append(letter)
        if held_count < 0:  # the letter placed one step ago may come back now
            heapq.heappush(heap, (held_count, held_letter))
        held_count, held_letter = count + 1, letter  # counts are negated: +1 uses one copy
    return "".join(out) if len(out) == len(s) else ""


def brute_force(s: str) -> str:
    """Search over the letters still to place and the last letter placed (memoised), then
    build the alphabetically first arrangement that can be completed, or return ""."""
    letters = sorted(set(s))
    start = tuple(s.count(ch) for ch in letters)

    @lru_cache(maxsize=None)
    def completes(counts: tuple[int, ...], last: int) -> bool:
        if sum(counts) == 0:
            return True
        return any(c and i != last and completes(counts[:i] + (c - 1,) + counts[i + 1 :], i) for i, c in enumerate(counts))

    if not completes(start, -1):
        return ""
    counts, last, out = start, -1, []
    while sum(counts):
        for i, c in enumerate(counts):
            nxt = counts[:i] + (c - 1,) + counts[i + 1 :]
            if c and i != last and completes(nxt, i):
                out.append(letters[i])
                counts, last = nxt, i
                break
    return "".join(out)


def check(inputs: dict, answer, expected):
    """"" exactly when no arrangement exists; otherwise a rearrangement of s with no two
    equal neighbours."""
    s = inputs["s"]
    if not isinstance(answer, str):
        return f"expected a string, got {type(answer).__name__}"
    possible = max(Counter(s).values()) <= (len(s) + 1) // 2
    if answer == "":
        return "an arrangement exists, so \"\" is wrong" if possible else True
    if not possible:
        top, count = Counter(s).most_common(1)[0]
        return f"no arrangement exists ({top!r} occurs {count} times in {len(s)} letters): the answer is \"\""
    if Counter(answer) != Counter(s):
        return f"{answer!r} does not use exactly the letters of s"
    for i in range(len(answer) - 1):
        if answer[i] == answer[i + 1]:
            return f"{answer[i]!r} stands next to itself at positions {i} and {i + 1}"
    return True


def inputs():
    """Strings over 1 to 4 letters (where the most frequent letter decides) or over all 26."""
    from hypothesis import strategies as st

    alphabets = st.sampled_from(["a", "ab", "abc", "abcd", string.ascii_lowercase])
    return alphabets.flatmap(lambda alpha: st.text(alphabet=alpha, min_size=1, max_size=14)).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """n // 2 copies of one letter and random others: an arrangement exists, but only just,
    so the most frequent letter must go in every other position."""
    letters = ["a"] * (n // 2) + rng.choices(string.ascii_lowercase[1:], k=n - n // 2)
    rng.shuffle(letters)
    return {"s": "".join(letters)}
