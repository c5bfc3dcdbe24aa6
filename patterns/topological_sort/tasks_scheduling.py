"""Tasks Scheduling: reference (Kahn's algorithm), oracle (transitive closure), generator, probe."""

import random
from collections import deque


def is_scheduling_possible(tasks: int, prerequisites: list[list[int]]) -> bool:
    """Kahn's algorithm: peel off tasks with no pending prerequisite.

    Tasks on a cycle never reach in-degree 0, so all tasks get done exactly when the
    graph has no cycle. Each task and prerequisite is handled once: O(V + E).
    """
    after: list[list[int]] = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1
    ready = deque(t for t in range(tasks) if in_degree[t] == 0)
    done = 0
    while ready:
        t = ready.popleft()
        done += 1
        for nxt in after[t]:
            in_degree[nxt] -= 1
            if in_degree[nxt] == 0:
                ready.append(nxt)
    return done == tasks


def brute_force(tasks: int, prerequisites: list[list[int]]) -> bool:
    """Possible iff no task can reach itself: Warshall's transitive closure, O(V^3)."""
    reach = [[False] * tasks for _ in range(tasks)]
    for a, b in prerequisites:
        reach[a][b] = True
    for k in range(tasks):
        for i in range(tasks):
            if reach[i][k]:
                for j in range(tasks):
                    if reach[k][j]:
                        reach[i][j] = True
    return not any(reach[t][t] for t in range(tasks))


def inputs():
    """Distinct pairs over up to 8 tasks: acyclic about half of the time, else with back edges."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        tasks = draw(st.integers(1, 8))
        order = draw(st.permutations(range(tasks)))
        slots = [(i, j) for i in range(tasks) for j in range(i + 1, tasks)]  # i before j in order
        if not slots:
            return {"tasks": tasks, "prerequisites": []}
        chosen = draw(st.lists(st.sampled_from(slots), max_size=16, unique=True))
        edges = [(order[i], order[j]) for i, j in chosen]
        if draw(st.booleans()):  # a few pairs pointing backwards in the order: cycles
            back = draw(st.lists(st.sampled_from(slots), min_size=1, max_size=3, unique=True))
            edges += [(order[j], order[i]) for i, j in back]
        edges = draw(st.permutations(edges))
        return {"tasks": tasks, "prerequisites": [list(e) for e in edges]}

    return draw()


def layered_chain(size: int) -> list[list[int]]:
    """Pairs i -> i+1 and i -> i+2, labels reversed: one long chain of dependencies."""
    label = lambda i: size - 1 - i
    edges = [[label(i), label(i + 1)] for i in range(size - 1)]
    edges += [[label(i), label(i + 2)] for i in range(size - 2)]
    return edges


def probe(n: int, rng: random.Random) -> dict:
    """A schedulable layered chain (every task must be processed): n/3 tasks, 2n/3 pairs."""
    size = max(2, n // 3)
    edges = layered_chain(size)
    rng.shuffle(edges)
    return {"tasks": size, "prerequisites": edges}
