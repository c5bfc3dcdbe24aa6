"""Maximum CPU Load: reference (sort by start, min-heap of running jobs), oracle, hooks."""

import heapq
import random


def max_cpu_load(jobs: list[list[int]]) -> int:
    """Sort by start; a min-heap of (end, load) holds the running jobs and `load` their sum.
    Before a job starts, every job ending at or before its start leaves the heap. The load
    only rises at a start, so the maximum is seen right after a push.
    O(n log n) time, O(n) space."""
    running: list[tuple[int, int]] = []
    load = best = 0
    for start, end, job_load in sorted(jobs, key=lambda j: j[0]):
        while running and running[0][0] <= start:  # finished by now
            load -= heapq.heappop(running)[1]
        heapq.heappush(running, (end, job_load))
        load += job_load
        best = max(best, load)
    return best


def brute_force(jobs: list[list[int]]) -> int:
    """The load at the moment each job starts (the load only rises at a start), summed over
    every job running then, [start, end) each."""
    return max(sum(w for s, e, w in jobs if s <= t < e) for t, _, _ in jobs)


def inputs():
    """Jobs with small coordinates (coinciding starts and ends, back-to-back jobs) or the
    whole range; small loads (ties) or the whole range."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        hi = draw(st.sampled_from([4, 12, 10**6]))
        top_load = draw(st.sampled_from([3, 10**4]))
        pair = st.tuples(st.integers(0, hi), st.integers(0, hi)).filter(lambda p: p[0] != p[1])
        job = st.tuples(pair, st.integers(1, top_load)).map(lambda j: [min(j[0]), max(j[0]), j[1]])
        return {"jobs": draw(st.lists(job, min_size=1, max_size=15))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n random jobs over [0, 10**6]: dozens run at once, and jobs keep finishing."""
    jobs = []
    for _ in range(n):
        s = rng.randint(0, 10**6 - 1)
        jobs.append([s, min(10**6, s + rng.randint(1, 20_000)), rng.randint(1, 10**4)])
    return {"jobs": jobs}
