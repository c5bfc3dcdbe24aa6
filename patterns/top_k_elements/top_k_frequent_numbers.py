"""Top K Frequent Numbers: reference (count, then a min-heap of the k most frequent), oracle, checker."""

import heapq
import random
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Count in O(n); keep the k most frequent values in a min-heap on their count (its root
    is the least frequent of them, the one to evict). O(n + d log k) for d distinct
    values, at most O(n log k); O(n) space for the counts."""
    heap: list[tuple[int, int]] = []
    for value, count in Counter(nums).items():
        heapq.heappush(heap, (count, value))
        if len(heap) > k:
            heapq.heappop(heap)
    return [value for _, value in heap]


def brute_force(nums: list[int], k: int) -> list[int]:
    """Count every distinct value by scanning the whole array; sort by count, take k."""
    distinct = sorted(set(nums))
    counted = [(sum(1 for x in nums if x == v), v) for v in distinct]
    counted.sort(key=lambda cv: -cv[0])
    return [v for _, v in counted[:k]]


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(inputs: dict, answer, expected):
    """k distinct values of nums whose counts are the k largest counts."""
    nums, k = inputs["nums"], inputs["k"]
    if not isinstance(answer, list):
        return f"expected a list of numbers, got {type(answer).__name__}"
    if len(answer) != k:
        return f"expected {k} numbers, got {len(answer)}"
    if not all(_is_int(x) for x in answer):
        return f"expected a list of ints, got {answer!r}"
    if len(set(answer)) != k:
        return f"a number is listed twice in {answer!r}"
    counts = Counter(nums)
    missing = [x for x in answer if x not in counts]
    if missing:
        return f"{missing[0]} does not occur in nums"
    want = sorted(counts.values(), reverse=True)[:k]
    got = sorted((counts[x] for x in answer), reverse=True)
    if got != want:
        chosen = set(answer)
        left_out = max((v for v in counts if v not in chosen), key=lambda v: counts[v], default=None)
        weakest = min(answer, key=lambda v: counts[v])
        if left_out is None:
            return f"the counts of {answer!r} are not the {k} largest counts"
        def times(c: int) -> str:
            return "once" if c == 1 else f"{c} times"

        return f"{left_out} occurs {times(counts[left_out])} but is left out, while {weakest}, which occurs {times(counts[weakest])}, is in"
    return True


def inputs():
    """Values from a narrow range (many repeats and tied counts) or a wide one, and any k
    up to the number of distinct values."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        lo, hi = draw(st.sampled_from([(0, 3), (-5, 5), (-10_000, 10_000)]))
        nums = draw(st.lists(st.integers(lo, hi), min_size=1, max_size=40))
        return {"nums": nums, "k": draw(st.integers(1, len(set(nums))))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About 0.4 n distinct values and k = half of them: counting each distinct value by a
    scan of the array (n * d) is quadratic here."""
    nums = [rng.randrange(-(n // 4), n // 4 + 1) for _ in range(n)]
    return {"nums": nums, "k": max(1, len(set(nums)) // 2)}
