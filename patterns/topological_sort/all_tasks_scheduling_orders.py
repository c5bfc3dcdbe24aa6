"""All Tasks Scheduling Orders: reference (backtracking over sources), oracle, generator, probe."""

import random
from collections import deque
from itertools import permutations


def all_task_orders(tasks: int, prerequisites: list[list[int]]) -> list[list[int]]:
    """Backtrack over the choice of source at each step, restoring in-degrees on return.

    In a DAG every partial order built from sources extends to a complete one, so the
    recursion tree has at most k * V nodes for k orders, each costing a scan of the V
    tasks plus the chosen task's edges: O(k * V^2). A cycle is ruled out first (Kahn's
    algorithm, O(V + E)), since backtracking on a cyclic graph could explore many
    partial orders that never complete.
    """
    after: list[list[int]] = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1

    remaining = in_degree[:]
    ready = deque(t for t in range(tasks) if remaining[t] == 0)
    done = 0
    while ready:
        t = ready.popleft()
        done += 1
        for b in after[t]:
            remaining[b] -= 1
            if remaining[b] == 0:
                ready.append(b)
    if done < tasks:
        return []

    orders: list[list[int]] = []
    order: list[int] = []
    used = [False] * tasks

    def backtrack() -> None:
        if len(order) == tasks:
            orders.append(order[:])
            return
        for t in range(tasks):
            if not used[t] and in_degree[t] == 0:
                used[t] = True
                order.append(t)
                for b in after[t]:
                    in_degree[b] -= 1
                backtrack()
                for b in after[t]:
                    in_degree[b] += 1
                order.pop()
                used[t] = False

    backtrack()
    return orders


def brute_force(tasks: int, prerequisites: list[list[int]]) -> list[list[int]]:
    """Every permutation of the tasks, kept when each pair [a, b] has a before b: O(V! * E)."""
    result = []
    for perm in permutations(range(tasks)):
        position = {t: i for i, t in enumerate(perm)}
        if all(position[a] < position[b] for a, b in prerequisites):
            result.append(list(perm))
    return result


def inputs():
    """Distinct pairs over up to 6 tasks: mostly acyclic, sometimes with back edges."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        tasks = draw(st.integers(1, 6))
        order = draw(st.permutations(range(tasks)))
        slots = [(i, j) for i in range(tasks) for j in range(i + 1, tasks)]  # i before j in order
        if not slots:
            return {"tasks": tasks, "prerequisites": []}
        chosen = draw(st.lists(st.sampled_from(slots), max_size=12, unique=True))
        edges = [(order[i], order[j]) for i, j in chosen]
        if draw(st.integers(0, 3)) == 0:  # a few pairs pointing backwards in the order: cycles
            back = draw(st.lists(st.sampled_from(slots), min_size=1, max_size=3, unique=True))
            edges += [(order[j], order[i]) for i, j in back]
        edges = draw(st.permutations(edges))
        return {"tasks": tasks, "prerequisites": [list(e) for e in edges]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n tasks, every pair of them ordered (a transitive tournament): one valid order and
    n(n-1)/2 pairs, the densest input that still has a single order. Recomputing
    in-degrees, or scanning the pairs for each candidate, costs a factor V or more."""
    label = list(range(n))
    rng.shuffle(label)
    edges = [[label[i], label[j]] for i in range(n) for j in range(i + 1, n)]
    rng.shuffle(edges)
    return {"tasks": n, "prerequisites": edges}
