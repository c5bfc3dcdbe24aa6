"""Tasks Scheduling Order: reference (Kahn's algorithm), oracle, generator, probe, checker."""

import random
from collections import deque


def find_order(tasks: int, prerequisites: list[list[int]]) -> list[int]:
    """Kahn's algorithm; a cycle leaves some tasks never freed, so a short order means [].

    O(V + E): each task is queued once and each prerequisite decremented once.
    """
    after: list[list[int]] = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1
    ready = deque(t for t in range(tasks) if in_degree[t] == 0)
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for nxt in after[t]:
            in_degree[nxt] -= 1
            if in_degree[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == tasks else []


def brute_force(tasks: int, prerequisites: list[list[int]]) -> list[int]:
    """Place the smallest task whose prerequisites are all placed; [] when none is free."""
    placed: set[int] = set()
    order = []
    while len(order) < tasks:
        free = [t for t in range(tasks) if t not in placed and all(a in placed for a, b in prerequisites if b == t)]
        if not free:
            return []
        order.append(min(free))
        placed.add(order[-1])
    return order


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
    """A schedulable layered chain (every task must be placed): n/3 tasks, 2n/3 pairs."""
    size = max(2, n // 3)
    edges = layered_chain(size)
    rng.shuffle(edges)
    return {"tasks": size, "prerequisites": edges}


def _has_cycle(tasks: int, prerequisites: list[list[int]]) -> bool:
    """Iterative three-colour DFS: a pair leading back to a task on the current path."""
    graph: list[list[int]] = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        graph[a].append(b)
    state = [0] * tasks  # 0 new, 1 on the current path, 2 finished
    for start in range(tasks):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(graph[start]))]
        while stack:
            node, children = stack[-1]
            nxt = next(children, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state[nxt] == 1:
                return True
            elif state[nxt] == 0:
                state[nxt] = 1
                stack.append((nxt, iter(graph[nxt])))
    return False


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(inputs: dict, answer, expected):
    """[] exactly when the pairs hold a cycle; otherwise every task once, each pair in order."""
    tasks, prerequisites = inputs["tasks"], inputs["prerequisites"]
    if not isinstance(answer, (list, tuple)):
        return f"expected a list of tasks, got {answer!r}"
    for x in answer:
        if not _is_int(x):
            return f"expected a list of ints, found {x!r}"
    cyclic = _has_cycle(tasks, prerequisites)
    if cyclic:
        return True if len(answer) == 0 else "the prerequisites hold a cycle, so the answer is []"
    if len(answer) != tasks:
        return f"an order exists: expected all {tasks} tasks, got {len(answer)} items"
    position = {}
    for i, t in enumerate(answer):
        if not 0 <= t < tasks:
            return f"{t} is not a task (labels are 0..{tasks - 1})"
        if t in position:
            return f"task {t} appears twice"
        position[t] = i
    for a, b in prerequisites:
        if position[a] > position[b]:
            return f"pair [{a}, {b}]: task {b} comes before task {a}"
    return True
