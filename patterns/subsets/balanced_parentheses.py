"""Balanced Parentheses: reference (grow only completable prefixes) and oracle (filter all strings)."""

from collections import deque
from itertools import product


def generate_parentheses(n: int) -> list[str]:
    """Breadth-first over (prefix, opens, closes): '(' while opens < n, ')' while closes < opens.

    Every prefix kept can still be completed, so each one lies on the way to an answer:
    the work is O(n · C(n)), proportional to the output (C(n) is the n-th Catalan number).
    """
    result: list[str] = []
    queue = deque([("", 0, 0)])
    while queue:
        prefix, opens, closes = queue.popleft()
        if opens == closes == n:
            result.append(prefix)
            continue
        if opens < n:
            queue.append((prefix + "(", opens + 1, closes))
        if closes < opens:
            queue.append((prefix + ")", opens, closes + 1))
    return result


def brute_force(n: int) -> list[str]:
    """All 2^(2n) strings of '(' and ')', kept when the running depth never goes negative and ends at 0."""

    def balanced(s: tuple[str, ...]) -> bool:
        depth = 0
        for ch in s:
            depth += 1 if ch == "(" else -1
            if depth < 0:
                return False
        return depth == 0

    return ["".join(s) for s in product("()", repeat=2 * n) if balanced(s)]


def probe(n: int, rng) -> dict:
    """Strings of length about n, so n // 2 pairs: the probe's sizes 2..16 give 1..8 pairs
    (the sizes must start above 1, and C(16) = 35 million strings is far too many). Growth
    rates do not change when n is halved. Sizes past 24 are clamped (`grokpat validate`
    tries the probe once at n = 64)."""
    return {"n": max(1, min(n, 24) // 2)}
