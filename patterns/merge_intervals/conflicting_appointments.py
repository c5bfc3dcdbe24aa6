"""Conflicting Appointments: reference (sort by start, compare neighbours), oracle, hooks."""

import random


def can_attend_all_appointments(intervals: list[list[int]]) -> bool:
    """Sort by start; then only neighbours can overlap. O(n log n) time, O(n) space.

    Once sorted, if appointment i does not overlap appointment i - 1 (whose end is the
    latest end so far when there has been no conflict yet), it starts after everything
    before it has ended. Touching (start == previous end) is allowed.
    """
    ordered = sorted(intervals, key=lambda iv: iv[0])
    for i in range(1, len(ordered)):
        if ordered[i][0] < ordered[i - 1][1]:
            return False
    return True


def brute_force(intervals: list[list[int]]) -> bool:
    """Every pair: two appointments overlap when the later start is before the earlier end."""
    for i in range(len(intervals)):
        for j in range(i + 1, len(intervals)):
            (a, b), (c, d) = intervals[i], intervals[j]
            if max(a, c) < min(b, d):
                return False
    return True


def _chain(draw, st, size: int, scale: int) -> list[list[int]]:
    """Sorted appointments that never overlap; neighbours often touch (a gap of 0)."""
    out, t = [], draw(st.integers(0, 3)) * scale
    for _ in range(size):
        end = t + draw(st.integers(1, 4)) * scale
        out.append([t, end])
        t = end + draw(st.integers(0, 2)) * scale
    return out


def inputs():
    """Half the time a conflict-free schedule (touching neighbours, sometimes nudged by
    one into an overlap), otherwise random appointments; small and huge coordinates."""
    from hypothesis import strategies as st

    top = 10**6

    @st.composite
    def draw(draw):
        kind = draw(st.integers(0, 3))
        if kind <= 1:  # no conflict, or exactly one nudged into a conflict by one unit
            scale = draw(st.sampled_from([1, 1, 10**4]))
            ivs = _chain(draw, st, draw(st.integers(0, 12)), scale)
            if kind == 1 and len(ivs) >= 2:
                i = draw(st.integers(0, len(ivs) - 2))
                ivs[i][1] = ivs[i + 1][0] + 1  # overlaps the next by exactly one unit
            if ivs and draw(st.booleans()):  # push everything up to the largest time
                shift = top - max(e for _, e in ivs)
                ivs = [[s + shift, e + shift] for s, e in ivs]
            return {"intervals": draw(st.permutations(ivs)) if ivs else []}
        hi = draw(st.sampled_from([6, 30, top]))
        pair = st.tuples(st.integers(0, hi), st.integers(0, hi)).filter(lambda p: p[0] != p[1])
        ivs = draw(st.lists(pair.map(lambda p: [min(p), max(p)]), min_size=0, max_size=8))
        return {"intervals": ivs}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A conflict-free schedule in random order: no early exit, every pair must be cleared."""
    ivs, t = [], 0
    for _ in range(n):
        end = t + rng.randint(1, 40)
        ivs.append([t, end])
        t = end + rng.randint(0, 20)
    rng.shuffle(ivs)
    return {"intervals": ivs}
