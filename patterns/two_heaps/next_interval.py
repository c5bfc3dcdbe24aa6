"""Next Interval (Find Right Interval): reference (a max-heap of ends, a max-heap of starts) and oracle."""

import heapq
import random


def find_right_interval(intervals: list[list[int]]) -> list[int]:
    """Handle the intervals by decreasing end; pop starts while they are still >= that end.

    For the interval with the largest remaining end, every start >= that end is popped
    off the max-heap of starts; the last one popped is the smallest such start, the
    answer, and it goes back on the heap because a smaller end may need it too. A start
    popped for good is >= the current end, hence >= every later (smaller) end, but never
    the smallest for them: that one is put back each time. O(n log n) time, O(n) space.
    """
    n = len(intervals)
    ends = [(-end, i) for i, (_, end) in enumerate(intervals)]  # max-heap of ends
    starts = [(-start, i) for i, (start, _) in enumerate(intervals)]  # max-heap of starts
    heapq.heapify(ends)
    heapq.heapify(starts)
    result = [-1] * n
    while ends:
        neg_end, i = heapq.heappop(ends)
        end = -neg_end
        if starts and -starts[0][0] >= end:
            best = heapq.heappop(starts)
            while starts and -starts[0][0] >= end:
                best = heapq.heappop(starts)
            result[i] = best[1]
            heapq.heappush(starts, best)  # it may be the answer for the next end too
    return result


def brute_force(intervals: list[list[int]]) -> list[int]:
    """For each interval, look at every interval and keep the smallest start >= its end."""
    out = []
    for _, end in intervals:
        best = -1
        for j, (start, _) in enumerate(intervals):
            if start >= end and (best == -1 or start < intervals[best][0]):
                best = j
        out.append(best)
    return out


def inputs():
    """Intervals with distinct starts, often short or single points, from a tight or a wide range."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        wide = draw(st.booleans())
        lo, hi = (-10**6, 10**6) if wide else (-30, 30)
        starts = draw(st.lists(st.integers(lo, hi), min_size=n, max_size=n, unique=True))
        lengths = st.integers(0, 3) | st.integers(0, hi - lo)
        intervals = [[s, min(hi, s + draw(lengths))] for s in starts]
        return {"intervals": intervals}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n intervals with distinct random starts and random lengths: checking every pair costs n^2."""
    starts = rng.sample(range(-10**6, 10**6), n)
    return {"intervals": [[s, min(10**6, s + rng.randint(0, 2 * 10**6 // n * 8))] for s in starts]}
