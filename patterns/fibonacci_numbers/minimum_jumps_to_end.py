"""Minimum Jumps to Reach the End: reference (greedy breadth-first over reach ranges) and
oracle."""

import random
from collections import deque


def min_jumps(jumps: list[int]) -> int:
    """Group the indices by the fewest jumps that reach them: they form consecutive
    ranges. While scanning the current range, track the farthest index reachable with
    one more jump; when the scan passes the end of the range, one more jump is spent and
    that farthest index ends the next range. Each index is scanned once: O(n) time, O(1)
    space. (The table dp[j] = 1 + min(dp[i]) over every i that reaches j is O(n^2).)"""
    count, range_end, farthest = 0, 0, 0
    for i in range(len(jumps) - 1):
        farthest = max(farthest, i + jumps[i])
        if i == range_end:  # every index reachable with `count` jumps has been seen
            count += 1
            range_end = farthest
    return count


def brute_force(jumps: list[int]) -> int:
    """Breadth-first search over the indices, one jump per edge (any length from 1 to
    jumps[i]): the first time the last index is reached."""
    n = len(jumps)
    distance = {0: 0}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i == n - 1:
            return distance[i]
        for j in range(i + 1, min(n - 1, i + jumps[i]) + 1):
            if j not in distance:
                distance[j] = distance[i] + 1
                queue.append(j)
    raise ValueError("the end is not reachable")


def _make_reachable(jumps: list[int]) -> list[int]:
    """Raise the first index where the reach stalls (jumps[i] = 0 at the frontier) until
    the last index is reachable."""
    jumps = list(jumps)
    farthest = 0
    for i in range(len(jumps) - 1):
        if farthest == i and jumps[i] == 0:
            jumps[i] = 1
        farthest = max(farthest, i + jumps[i])
    return jumps


def inputs():
    """Short and long jumps, many zeros (traps the path has to avoid), a single element;
    repaired so that the end is always reachable."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([2, 4, 1000]))
        jumps = draw(st.lists(st.integers(0, top), min_size=1, max_size=25))
        return {"jumps": _make_reachable(jumps)}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Jumps of about n / 4 everywhere: a table that tries every jump length from every
    index does n^2 / 4 work, and a search without memory meets a huge number of paths."""
    longest = max(1, n // 4)
    return {"jumps": [rng.randint(max(1, longest // 2), longest) for _ in range(n)]}
