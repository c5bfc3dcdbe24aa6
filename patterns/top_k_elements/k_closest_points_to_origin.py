"""K Closest Points to the Origin: reference (a max-heap of the k closest), oracle and checker."""

import heapq
import random
from collections import Counter


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    """Keep the k closest points seen so far in a max-heap on the squared distance (negated
    for heapq): its top is the farthest of them, the one a closer point evicts.
    O(n log k) time, O(k) space. The index breaks ties, so points are never compared."""
    heap: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(points):
        heapq.heappush(heap, (-(x * x + y * y), i))
        if len(heap) > k:
            heapq.heappop(heap)
    return [points[i] for _, i in heap]


def brute_force(points: list[list[int]], k: int) -> list[list[int]]:
    """Sort all points by squared distance; take the first k."""
    return sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2)[:k]


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(inputs: dict, answer, expected):
    """k points of the input (each occurrence used at most once) whose squared distances
    are the k smallest squared distances of the input."""
    points, k = inputs["points"], inputs["k"]
    if not isinstance(answer, list):
        return f"expected a list of points, got {type(answer).__name__}"
    if len(answer) != k:
        return f"expected {k} points, got {len(answer)}"
    for p in answer:
        if not isinstance(p, list) or len(p) != 2 or not (_is_int(p[0]) and _is_int(p[1])):
            return f"each point must be a list [x, y] of two ints, got {p!r}"
    available = Counter((x, y) for x, y in points)
    for (x, y), times in Counter((x, y) for x, y in answer).items():
        if times > available[(x, y)]:
            have = available[(x, y)]
            return f"[{x}, {y}] is returned {times} times but occurs {have} time{'s' if have != 1 else ''} in points"
    want = sorted(x * x + y * y for x, y in points)[:k]
    got = sorted(x * x + y * y for x, y in answer)
    if got != want:
        return f"not the {k} closest: a point at squared distance {want[next(i for i in range(k) if got[i] != want[i])]} is left out for a farther one"
    return True


def inputs():
    """Points often on a small grid (equal distances, repeated points) or anywhere allowed."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        span = draw(st.sampled_from([2, 5, 10_000]))
        coord = st.integers(-span, span)
        points = draw(st.lists(st.lists(coord, min_size=2, max_size=2), min_size=1, max_size=30))
        return {"points": points, "k": draw(st.integers(1, len(points)))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """k = n / 2: picking the closest remaining point k times (n * k) is quadratic here."""
    return {"points": [[rng.randint(-10_000, 10_000), rng.randint(-10_000, 10_000)] for _ in range(n)], "k": n // 2}
