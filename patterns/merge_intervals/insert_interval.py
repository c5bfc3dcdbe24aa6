"""Insert Interval: reference (three linear phases), oracle, hooks."""

import random


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Three phases over the sorted input: copy what ends before the new interval, swallow
    what overlaps or touches it, copy the rest. O(n) time, no sort; O(n) for the answer."""
    start, end = new_interval
    out: list[list[int]] = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:  # ends before the new interval: untouched
        out.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:  # shares a point with it: merge
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    out.append([start, end])
    while i < n:  # starts after it: untouched
        out.append(list(intervals[i]))
        i += 1
    return out


def brute_force(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Put the new interval among the others and merge any two sharing a point until none
    do; then sort."""
    blocks = [list(iv) for iv in intervals] + [list(new_interval)]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                (a, b), (c, d) = blocks[i], blocks[j]
                if max(a, c) <= min(b, d):
                    blocks[i] = [min(a, c), max(b, d)]
                    del blocks[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(blocks)


def inputs():
    """Disjoint sorted intervals (single points too, gaps of one often), and a new interval
    whose ends sit on, next to, or away from their endpoints."""
    from hypothesis import strategies as st

    top = 10**5

    @st.composite
    def draw(draw):
        scale = draw(st.sampled_from([1, 1, 1, 1500]))  # ends stay below 60 * 1500 <= 10**5
        ivs, t = [], draw(st.integers(0, 3)) * scale
        for _ in range(draw(st.integers(0, 10))):
            end = t + draw(st.integers(0, 3)) * scale
            ivs.append([t, end])
            t = end + draw(st.integers(1, 3)) * scale  # at least one apart: disjoint
        if ivs and draw(st.integers(0, 3)) == 3:  # up to the largest coordinate
            shift = top - ivs[-1][1]
            ivs = [[s + shift, e + shift] for s, e in ivs]
        last = ivs[-1][1] if ivs else 10
        points = [x + d for iv in ivs for x in iv for d in (-1, 0, 1)]
        point = st.one_of(
            st.sampled_from(points) if points else st.integers(0, 10),
            st.integers(0, min(top, last + 5)),
            st.sampled_from([0, top]),
        ).map(lambda x: min(max(x, 0), top))
        a, b = sorted([draw(point), draw(point)])
        return {"intervals": ivs, "new_interval": [a, b]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n disjoint intervals across [0, 10**5] and a new interval over the middle half of
    them: every phase has work, and re-merging after each step costs O(n^2)."""
    step = 10**5 // (n + 1)
    ivs = []
    for i in range(n):
        s = i * step + rng.randint(0, step // 3)
        ivs.append([s, s + rng.randint(0, step // 3)])
    lo, hi = n // 4, 3 * n // 4
    return {"intervals": ivs, "new_interval": [ivs[lo][0] + 1, ivs[hi][1] + 1]}
