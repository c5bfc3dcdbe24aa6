"""Topological Sort: reference (Kahn's algorithm), oracle, probe and checker."""

import random
from collections import deque


def topological_sort(vertices: int, edges: list[list[int]]) -> list[int]:
    """Kahn's algorithm: repeatedly take a source (in-degree 0) and remove its edges.

    A vertex enters the queue only when all its parents are already in the order, so
    every edge goes forward. Every vertex and edge is handled once: O(V + E).
    """
    children: list[list[int]] = [[] for _ in range(vertices)]
    in_degree = [0] * vertices
    for parent, child in edges:
        children[parent].append(child)
        in_degree[child] += 1
    sources = deque(v for v in range(vertices) if in_degree[v] == 0)
    order = []
    while sources:
        v = sources.popleft()
        order.append(v)
        for child in children[v]:
            in_degree[child] -= 1
            if in_degree[child] == 0:
                sources.append(child)
    return order


def brute_force(vertices: int, edges: list[list[int]]) -> list[int]:
    """Repeatedly place the smallest vertex all of whose parents are placed: O(V^2 * E)."""
    placed: set[int] = set()
    order = []
    while len(order) < vertices:
        ready = [v for v in range(vertices) if v not in placed and all(p in placed for p, c in edges if c == v)]
        order.append(min(ready))
        placed.add(order[-1])
    return order


def layered_chain(size: int) -> list[list[int]]:
    """Edges i -> i+1 and i -> i+2 on `size` vertices, labels reversed (the source is the
    largest label): a long dependency chain that a vertex-rescanning solution pays for
    at every step, and whose paths an unmemoised DFS counts exponentially."""
    label = lambda i: size - 1 - i
    edges = [[label(i), label(i + 1)] for i in range(size - 1)]
    edges += [[label(i), label(i + 2)] for i in range(size - 2)]
    return edges


def probe(n: int, rng: random.Random) -> dict:
    """About n/3 vertices and 2n/3 edges forming a long layered chain, edges shuffled."""
    size = max(2, n // 3)
    edges = layered_chain(size)
    rng.shuffle(edges)
    return {"vertices": size, "edges": edges}


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(inputs: dict, answer, expected):
    """Every vertex exactly once, and every edge [parent, child] with parent first."""
    vertices, edges = inputs["vertices"], inputs["edges"]
    if not isinstance(answer, (list, tuple)):
        return f"expected a list of vertices, got {answer!r}"
    for x in answer:
        if not _is_int(x):
            return f"expected a list of ints, found {x!r}"
    if len(answer) != vertices:
        return f"expected all {vertices} vertices, got {len(answer)} items"
    position = {}
    for i, v in enumerate(answer):
        if not 0 <= v < vertices:
            return f"{v} is not a vertex (labels are 0..{vertices - 1})"
        if v in position:
            return f"vertex {v} appears twice"
        position[v] = i
    for parent, child in edges:
        if position[parent] > position[child]:
            return f"edge [{parent}, {child}]: {child} comes before its parent {parent}"
    return True
