"""Single-Threaded CPU: reference (tasks sorted by arrival feed a min-heap of the available ones) and oracle."""

import heapq
import random


def get_order(tasks: list[list[int]]) -> list[int]:
    """Simulate with the tasks sorted by enqueue time and a heap of (processing time, index).

    Whenever the CPU is free at time `now`, every task with enqueue time <= now moves into
    the heap, and the heap's top is the shortest available task (ties: smaller index).
    If nothing is available, time jumps to the next enqueue time. Each task enters and
    leaves the heap once: O(n log n) time, O(n) space.
    """
    n = len(tasks)
    arrival = sorted(range(n), key=lambda i: tasks[i][0])
    available: list[tuple[int, int]] = []  # (processing time, index)
    order: list[int] = []
    now = 0
    nxt = 0  # next position in `arrival`
    while len(order) < n:
        if not available and now < tasks[arrival[nxt]][0]:
            now = tasks[arrival[nxt]][0]  # idle until the next task arrives
        while nxt < n and tasks[arrival[nxt]][0] <= now:
            i = arrival[nxt]
            heapq.heappush(available, (tasks[i][1], i))
            nxt += 1
        processing, i = heapq.heappop(available)
        now += processing
        order.append(i)
    return order


def brute_force(tasks: list[list[int]]) -> list[int]:
    """Step through time: at each free moment, scan all waiting tasks for the best available one."""
    waiting = set(range(len(tasks)))
    now = 0
    order = []
    while waiting:
        ready = [i for i in waiting if tasks[i][0] <= now]
        if not ready:
            now = min(tasks[i][0] for i in waiting)
            continue
        best = min(ready, key=lambda i: (tasks[i][1], i))
        waiting.remove(best)
        now += tasks[best][1]
        order.append(best)
    return order


def inputs():
    """Up to 25 tasks with close or equal enqueue times and processing times (many ties), sometimes huge values."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        enqueue = st.integers(1, 20) | st.integers(1, 10**9)
        processing = st.integers(1, 6) | st.integers(1, 10**9)
        return {"tasks": [[draw(enqueue), draw(processing)] for _ in range(n)]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Arrivals over [1, n] and long tasks: soon every task is waiting, and scanning them all at each step costs n^2."""
    return {"tasks": [[rng.randint(1, n), rng.randint(1, 1000)] for _ in range(n)]}
