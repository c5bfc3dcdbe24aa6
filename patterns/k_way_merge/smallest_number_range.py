"""Smallest Number Range Covering K Lists: reference (a heap of one element per list) and oracle."""

import heapq
import random


def smallest_range(lists: list[list[int]]) -> list[int]:
    """Hold one number of every list; they span [heap min, current max]. Only advancing
    the list of the minimum can shrink the range, so pop it and push its successor,
    recording the best range, until some list runs out (no later range can cover it).
    Each of the n numbers enters the heap at most once: O(n log k) time, O(k) space.

    The minimum never decreases from one step to the next, so with the strict < the
    first range of the least width found is the one with the smallest start."""
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapq.heapify(heap)
    current_max = max(lst[0] for lst in lists)
    best = [heap[0][0], current_max]
    while True:
        low, i, j = heapq.heappop(heap)
        if current_max - low < best[1] - best[0]:
            best = [low, current_max]
        if j + 1 == len(lists[i]):
            return best
        nxt = lists[i][j + 1]
        heapq.heappush(heap, (nxt, i, j + 1))
        current_max = max(current_max, nxt)


def brute_force(lists: list[list[int]]) -> list[int]:
    """Every pair of numbers (a, b) with a <= b is a candidate range: for each start a, the
    first end b that covers every list. The smallest by (width, start) wins."""
    values = sorted({x for lst in lists for x in lst})
    best = None
    for a in values:
        for b in values:
            if b >= a and all(any(a <= x <= b for x in lst) for lst in lists):
                if best is None or (b - a, a) < (best[1] - best[0], best[0]):
                    best = [a, b]
                break  # a larger b from the same a is only wider
    return best


def inputs():
    """1 to 6 non-empty sorted lists, values often from a narrow range (ties in width,
    equal numbers across lists) or from the whole allowed range."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        lo, hi = draw(st.sampled_from([(-3, 3), (0, 25), (-100_000, 100_000), (100_000, 100_000)]))
        one = st.lists(st.integers(lo, hi), min_size=1, max_size=8).map(sorted)
        return {"lists": draw(st.lists(one, min_size=1, max_size=6))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """k grows with n: n / 8 lists of 8 numbers spread over the same range. Trying each
    number as the start and searching every list (n * k) is quadratic here."""
    k = max(2, n // 8)
    values = range(-100_000, 100_001)
    return {"lists": [sorted(rng.choices(values, k=8)) for _ in range(k)]}


