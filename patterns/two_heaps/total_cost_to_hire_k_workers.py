"""Total Cost to Hire K Workers: reference (a min-heap for each end of the line) and oracle."""

import heapq
import random


def total_cost(costs: list[int], k: int, candidates: int) -> int:
    """One min-heap holds the first `candidates` workers still in line, another the last ones.

    Pointers i and j mark the next workers to enter the front and back heaps; they never
    cross, so no worker sits in both heaps. Each session tops up both heaps, then hires
    the cheaper of the two tops; on a tie the front one wins, because every front index
    is smaller than every back index. O((k + candidates) log candidates) time.
    """
    front: list[tuple[int, int]] = []  # (cost, index)
    back: list[tuple[int, int]] = []
    i, j = 0, len(costs) - 1
    total = 0
    for _ in range(k):
        while len(front) < candidates and i <= j:
            heapq.heappush(front, (costs[i], i))
            i += 1
        while len(back) < candidates and i <= j:
            heapq.heappush(back, (costs[j], j))
            j -= 1
        if back and (not front or back[0][0] < front[0][0]):
            total += heapq.heappop(back)[0]
        else:
            total += heapq.heappop(front)[0]
    return total


def brute_force(costs: list[int], k: int, candidates: int) -> int:
    """Keep the line as a list; each session, look at its first and last `candidates` workers."""
    line = list(range(len(costs)))
    total = 0
    for _ in range(k):
        pool = set(line[:candidates]) | set(line[-candidates:])
        best = min(pool, key=lambda w: (costs[w], w))
        total += costs[best]
        line.remove(best)
    return total


def inputs():
    """Lines of up to 25 workers with many equal costs; k and candidates anywhere from 1 to the line's length."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        costs = draw(st.lists(st.integers(1, 5) | st.integers(1, 10**5), min_size=n, max_size=n))
        k = draw(st.integers(1, n))
        candidates = draw(st.integers(1, n) | st.integers(1, max(1, n // 3)))
        return {"costs": costs, "k": k, "candidates": candidates}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """k = n / 2 sessions over n / 4 candidates at each end: rescanning the candidates each session costs n^2 / 4."""
    return {"costs": [rng.randint(1, 10**5) for _ in range(n)], "k": n // 2, "candidates": max(1, n // 4)}
