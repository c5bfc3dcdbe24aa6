"""Intervals Intersection: reference (walk both sorted lists), oracle, hooks."""

import random


def intervals_intersection(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    """One index per list. Record the overlap of the two current intervals, then drop the
    one that ends first: it lies wholly before the rest of the other list's intervals, so
    it can meet nothing more. O(n + m) time, O(n + m) for the answer."""
    out: list[list[int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        lo = max(first[i][0], second[j][0])
        hi = min(first[i][1], second[j][1])
        if lo <= hi:  # a common point at least
            out.append([lo, hi])
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out


def brute_force(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    """Intersect every pair, keep the non-empty ones, sort."""
    out = []
    for a, b in first:
        for c, d in second:
            if max(a, c) <= min(b, d):
                out.append([max(a, c), min(b, d)])
    return sorted(out)


def _chain(draw, st, size: int, scale: int, offset: int) -> list[list[int]]:
    out, t = [], offset
    for _ in range(size):
        end = t + draw(st.integers(1, 4)) * scale
        out.append([t, end])
        t = end + draw(st.integers(1, 3)) * scale
    return out


def inputs():
    """Two disjoint sorted lists over the same stretch of numbers, so that their endpoints
    often coincide (single-point overlaps); small and huge coordinates, empty lists."""
    from hypothesis import strategies as st

    top = 10**9

    @st.composite
    def draw(draw):
        scale = draw(st.sampled_from([1, 1, 1, 10**7]))
        a = _chain(draw, st, draw(st.integers(0, 8)), scale, draw(st.integers(0, 3)) * scale)
        b = _chain(draw, st, draw(st.integers(0 if a else 1, 8)), scale, draw(st.integers(0, 3)) * scale)
        if draw(st.integers(0, 3)) == 3:  # up to the largest coordinate
            shift = top - max(iv[1] for iv in a + b)
            a = [[s + shift, e + shift] for s, e in a]
            b = [[s + shift, e + shift] for s, e in b]
        return {"first": a, "second": b} if draw(st.booleans()) else {"first": b, "second": a}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Two interleaved lists of n / 2 intervals each over the same range: every interval
    overlaps one or two of the other list."""
    def chain(k: int) -> list[list[int]]:
        out, t = [], rng.randint(0, 5)
        for _ in range(k):
            end = t + rng.randint(3, 8)
            out.append([t, end])
            t = end + rng.randint(1, 4)
        return out

    return {"first": chain(n // 2), "second": chain(n - n // 2)}
