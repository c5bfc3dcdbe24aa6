"""Merge Intervals: reference (sort by start, one sweep), oracle, hooks."""

import random


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Sort by start, then sweep once, extending the last block while the next interval
    starts at or before its end. Sorting puts every interval that can join a block right
    after it. O(n log n) time (the sort), O(n) space."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:  # overlaps or touches the current block
            merged[-1][1] = max(merged[-1][1], end)  # max: it may lie inside the block
        else:
            merged.append([start, end])  # a gap: a new block
    return merged


def brute_force(intervals: list[list[int]]) -> list[list[int]]:
    """Merge any two blocks that share a point, again and again until none do; then sort."""
    blocks = [list(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                (a, b), (c, d) = blocks[i], blocks[j]
                if max(a, c) <= min(b, d):  # a common point
                    blocks[i] = [min(a, c), max(b, d)]
                    del blocks[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(blocks)


def _chain(draw, st, size: int, scale: int) -> list[list[int]]:
    """Sorted intervals whose neighbours touch, overlap, nest or leave gaps of one."""
    out, t = [], draw(st.integers(0, 3)) * scale
    for _ in range(size):
        end = t + draw(st.integers(0, 3)) * scale
        out.append([t, end])
        t = end + draw(st.integers(-2, 2)) * scale  # < 0 overlaps, 0 touches, 1 a gap of one
        t = max(t, out[-1][0])
    return out


def inputs():
    """Touching, nested, overlapping and single-point intervals in random order; small
    coordinates mostly (where they collide), sometimes the whole range up to 10**4."""
    from hypothesis import strategies as st

    top = 10**4

    @st.composite
    def draw(draw):
        if draw(st.booleans()):
            scale = draw(st.sampled_from([1, 1, 150]))  # ends stay below 61 * 150 <= 10**4
            ivs = _chain(draw, st, draw(st.integers(1, 12)), scale)
            if draw(st.booleans()):  # a big interval swallowing some of them
                a, b = sorted(draw(st.sampled_from([x for iv in ivs for x in iv])) for _ in range(2))
                ivs.append([a, b])
            if draw(st.booleans()):  # up to the largest coordinate
                shift = top - max(e for _, e in ivs)
                ivs = [[s + shift, e + shift] for s, e in ivs]
            return {"intervals": draw(st.permutations(ivs))}
        hi = draw(st.sampled_from([5, 20, top]))
        pair = st.tuples(st.integers(0, hi), st.integers(0, hi)).map(lambda p: [min(p), max(p)])
        return {"intervals": draw(st.lists(pair, min_size=1, max_size=12))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Short intervals spread along [0, 10**4], in random order: few of them merge, so the
    answer keeps almost n blocks (searching the blocks for each interval is then O(n^2)).
    Coordinates stay within the constraints for n <= 4096."""
    step = 10**4 / n
    ivs = []
    for i in range(n):
        start = int(i * step) + rng.randint(0, 1)
        ivs.append([start, min(10**4, start + rng.randint(0, 1))])
    rng.shuffle(ivs)
    return {"intervals": ivs}
