"""Minimum Meeting Rooms: reference (sort by start, min-heap of end times), oracle, hooks."""

import heapq
import random


def min_meeting_rooms(meetings: list[list[int]]) -> int:
    """Sort by start; a min-heap holds the end time of every room in use. A new meeting
    reuses the room that frees up first if it is free by then (end <= start), else takes a
    new room. The heap never shrinks, so its size is the number of rooms.
    O(n log n) time, O(n) space."""
    ends: list[int] = []
    for start, end in sorted(meetings, key=lambda m: m[0]):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # reuse the room that is free first
        else:
            heapq.heappush(ends, end)  # every room is busy: open another
    return len(ends)


def brute_force(meetings: list[list[int]]) -> int:
    """The most meetings running at one moment. The count only rises when a meeting
    starts, so checking the moment each meeting starts is enough (meetings run over
    [start, end): one ending at t is over when another starts at t)."""
    return max(sum(1 for s, e in meetings if s <= t < e) for t, _ in meetings)


def inputs():
    """Random meetings (small coordinates, where starts and ends coincide, and huge ones),
    and back-to-back chains where one meeting ends as the next starts."""
    from hypothesis import strategies as st

    top = 10**6

    @st.composite
    def draw(draw):
        if draw(st.integers(0, 2)) == 0:  # back-to-back chains, several of them overlapping
            out = []
            for _ in range(draw(st.integers(1, 3))):
                t = draw(st.integers(0, 4))
                for _ in range(draw(st.integers(1, 5))):
                    end = t + draw(st.integers(1, 3))
                    out.append([t, end])
                    t = end + draw(st.integers(0, 1))
            return {"meetings": draw(st.permutations(out))}
        hi = draw(st.sampled_from([4, 12, 40, top]))
        pair = st.tuples(st.integers(0, hi), st.integers(0, hi)).filter(lambda p: p[0] != p[1])
        ms = draw(st.lists(pair.map(lambda p: [min(p), max(p)]), min_size=1, max_size=15))
        return {"meetings": ms}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n random meetings of random lengths over [0, 10**6]: dozens run at once."""
    ms = []
    for _ in range(n):
        s = rng.randint(0, 10**6 - 1)
        ms.append([s, min(10**6, s + rng.randint(1, 20_000))])
    return {"meetings": ms}
