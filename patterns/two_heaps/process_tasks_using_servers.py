"""Process Tasks Using Servers: reference (a heap of free servers and a heap of busy ones) and oracle."""

import heapq
import random


def assign_tasks(servers: list[int], tasks: list[int]) -> list[int]:
    """`free` orders idle servers by (weight, index); `busy` orders working ones by (free time, weight, index).

    Tasks are assigned in order, each at time t = max(its arrival, the time the previous
    task was assigned). Before assigning at t, every server whose work ends by t moves from
    `busy` back to `free`; if none is free, t jumps to the earliest end. O((n + m) log n)
    time, O(n) space.
    """
    free = [(w, i) for i, w in enumerate(servers)]
    heapq.heapify(free)
    busy: list[tuple[int, int, int]] = []  # (time it becomes free, weight, index)
    answer = []
    t = 0
    for j, duration in enumerate(tasks):
        t = max(t, j)  # task j arrives at second j, and cannot overtake task j - 1
        if not free:
            t = max(t, busy[0][0])  # wait for the first server to finish
        while busy and busy[0][0] <= t:
            _, w, i = heapq.heappop(busy)
            heapq.heappush(free, (w, i))
        w, i = heapq.heappop(free)
        answer.append(i)
        heapq.heappush(busy, (t + duration, w, i))
    return answer


def brute_force(servers: list[int], tasks: list[int]) -> list[int]:
    """Tick the clock one second at a time, keeping a queue of arrived tasks and scanning all servers."""
    free_at = [0] * len(servers)
    queue: list[int] = []
    answer = [-1] * len(tasks)
    assigned = 0
    t = 0
    while assigned < len(tasks):
        if t < len(tasks):
            queue.append(t)  # task t arrives at second t
        while queue:
            idle = [i for i in range(len(servers)) if free_at[i] <= t]
            if not idle:
                break
            best = min(idle, key=lambda i: (servers[i], i))
            j = queue.pop(0)
            answer[j] = best
            free_at[best] = t + tasks[j]
            assigned += 1
        t += 1
    return answer


def inputs():
    """Few servers with equal weights (ties) and short tasks, so that queues form and servers free up together."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 8))
        m = draw(st.integers(1, 25))
        weight = st.integers(1, 4) | st.integers(1, 2 * 10**5)
        servers = [draw(weight) for _ in range(n)]
        tasks = [draw(st.integers(1, 6) | st.integers(1, 30)) for _ in range(m)]
        return {"servers": servers, "tasks": tasks}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n / 2 servers and n / 2 tasks, each lasting about as long as the whole stream: most servers
    stay busy, so scanning every server for each task costs n^2 / 4."""
    half = n // 2
    servers = [rng.randint(1, 2 * 10**5) for _ in range(half)]
    tasks = [rng.randint(1, n) for _ in range(n - half)]
    return {"servers": servers, "tasks": tasks}
