"""Employee Free Time: reference (k-way merge of sorted lists with a heap), oracle, hooks."""

import heapq
import random


def employee_free_time(schedule: list[list[list[int]]]) -> list[list[int]]:
    """Merge the k sorted lists by start with a min-heap holding each employee's next
    interval. Keep the latest end seen; an interval starting after it opens a free gap.
    O(n log k) time for n intervals in all, O(k) space besides the answer."""
    heap = [(emp[0][0], i, 0) for i, emp in enumerate(schedule)]
    heapq.heapify(heap)
    free: list[list[int]] = []
    latest_end = None
    while heap:
        start, i, j = heapq.heappop(heap)
        end = schedule[i][j][1]
        if latest_end is not None and start > latest_end:  # nobody busy in between
            free.append([latest_end, start])
        latest_end = end if latest_end is None else max(latest_end, end)
        if j + 1 < len(schedule[i]):
            heapq.heappush(heap, (schedule[i][j + 1][0], i, j + 1))
    return free


def brute_force(schedule: list[list[list[int]]]) -> list[list[int]]:
    """Cut the timeline at every endpoint. A piece between two consecutive endpoints is
    free when no busy interval covers it; join neighbouring free pieces."""
    busy = [iv for emp in schedule for iv in emp]
    points = sorted({x for iv in busy for x in iv})
    free: list[list[int]] = []
    for a, b in zip(points, points[1:]):
        if not any(s <= a and b <= e for s, e in busy):
            if free and free[-1][1] == a:
                free[-1][1] = b
            else:
                free.append([a, b])
    return free


def inputs():
    """A few employees over the same stretch of time, so that their intervals overlap,
    nest, touch, and leave gaps; small coordinates (shared endpoints) or huge ones."""
    from hypothesis import strategies as st

    top = 10**8

    @st.composite
    def draw(draw):
        scale = draw(st.sampled_from([1, 1, 1, 10**6]))
        schedule = []
        for _ in range(draw(st.integers(1, 5))):
            ivs, t = [], draw(st.integers(0, 6)) * scale
            for _ in range(draw(st.integers(1, 5))):
                end = t + draw(st.integers(1, 4)) * scale
                ivs.append([t, end])
                t = end + draw(st.integers(1, 4)) * scale
            schedule.append(ivs)
        if draw(st.integers(0, 3)) == 3:  # up to the largest coordinate
            shift = top - max(emp[-1][1] for emp in schedule)
            schedule = [[[s + shift, e + shift] for s, e in emp] for emp in schedule]
        return {"schedule": schedule}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """k = n / 4 employees of about 4 intervals each, spread over the same day with room
    for free time between them. Growing k with n makes an O(n * k) scan of every
    employee for the next interval quadratic, and the reference O(n log n)."""
    k = max(1, n // 4)
    per = [n // k + (1 if i < n % k else 0) for i in range(k)]
    span = 10 * n
    schedule = []
    for count in per:
        starts = sorted(rng.sample(range(0, span, 10), count))
        schedule.append([[s, s + rng.randint(1, 9)] for s in starts])
    return {"schedule": schedule}
