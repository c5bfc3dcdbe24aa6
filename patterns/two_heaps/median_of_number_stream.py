"""Median of a Number Stream: reference (a max-heap of the smaller half, a min-heap of the larger) and oracle."""

import heapq
import random


class MedianFinder:
    """Two heaps split the numbers into halves: O(log n) per add_num, O(1) per find_median.

    Invariants: every number in `small` is <= every number in `large`, and `small` holds
    as many numbers as `large` or one more. The median is then small's top (odd count) or
    the mean of the two tops (even count). heapq is a min-heap, so `small` stores negations.
    """

    def __init__(self) -> None:
        self.small: list[int] = []  # max-heap of the smaller half (values negated)
        self.large: list[int] = []  # min-heap of the larger half

    def add_num(self, num: int) -> None:
        # Through `small` into `large`: the largest of the smaller half moves up, keeping small <= large.
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):  # rebalance: small may hold one extra
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def find_median(self) -> float:
        if len(self.small) > len(self.large):
            return float(-self.small[0])
        return (-self.small[0] + self.large[0]) / 2


class brute_force:
    """Keep every number; sort them all for each median."""

    def __init__(self) -> None:
        self.items: list[int] = []

    def add_num(self, num: int) -> None:
        self.items.append(num)

    def find_median(self) -> float:
        s = sorted(self.items)
        mid = len(s) // 2
        return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def inputs():
    """The constructor, a first add_num, then adds and medians in any mix (runs of either), small
    values (many repeats) or the extremes; a median at the end."""
    from hypothesis import strategies as st

    value = st.integers(-5, 5) | st.integers(-10**5, 10**5) | st.sampled_from([-10**5, 10**5])
    op = st.one_of(value.map(lambda x: ("add_num", [x])), st.just(("find_median", [])))

    @st.composite
    def sequence(draw):
        first = draw(value)
        rest = draw(st.lists(op, max_size=40))
        ops = ["MedianFinder", "add_num"] + [name for name, _ in rest] + ["find_median"]
        args = [[], [first]] + [a for _, a in rest] + [[]]
        return {"operations": ops, "arguments": args}

    return sequence()


def probe(n: int, rng: random.Random) -> dict:
    """n operations: random adds, each followed by a median, so re-sorting for every median costs O(n^2)."""
    ops, args = ["MedianFinder"], [[]]
    while len(ops) < n:
        ops += ["add_num", "find_median"]
        args += [[rng.randint(-10**5, 10**5)], []]
    return {"operations": ops, "arguments": args}
