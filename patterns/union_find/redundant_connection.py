"""Redundant Connection: reference (union-find), oracle (remove each edge and test), generator, probe."""

import random
from collections import deque


def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    """Add the edges in order to a union-find; the first edge whose ends already share a
    root closes the cycle, and every other cycle edge came before it, so it is the last
    cycle edge in the input. O(n α(n)) with path compression and union by rank."""
    n = len(edges)
    parent = list(range(n + 1))
    rank = [0] * (n + 1)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
    return []


def _is_tree(n: int, edges: list[list[int]]) -> bool:
    """n - 1 edges that connect all of 1..n."""
    if len(edges) != n - 1:
        return False
    neighbours: dict[int, list[int]] = {v: [] for v in range(1, n + 1)}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen, queue = {1}, deque([1])
    while queue:
        v = queue.popleft()
        for w in neighbours[v]:
            if w not in seen:
                seen.add(w)
                queue.append(w)
    return len(seen) == n


def brute_force(edges: list[list[int]]) -> list[int]:
    """From the last edge back, remove it and test whether the rest is a tree: O(n^2)."""
    n = len(edges)
    for i in range(n - 1, -1, -1):
        if _is_tree(n, edges[:i] + edges[i + 1 :]):
            return edges[i]
    return []


def inputs():
    """A random tree on 3..10 vertices (paths, stars, bushes) plus one new edge, each pair
    written [smaller, larger], in random order."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(3, 10))
        label = draw(st.permutations(range(1, n + 1)))
        shape = draw(st.sampled_from(["random", "path", "star"]))
        pairs = set()
        for i in range(1, n):
            parent = {"path": i - 1, "star": 0}.get(shape)
            if parent is None:
                parent = draw(st.integers(0, i - 1))
            pairs.add(tuple(sorted((label[parent], label[i]))))
        missing = sorted((a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1) if (a, b) not in pairs)
        pairs.add(draw(st.sampled_from(missing)))
        edges = draw(st.permutations(sorted(pairs)))
        return {"edges": [list(e) for e in edges]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n vertices and edges, built so that the usual slow solutions all pay O(n^2):
    - two stars grown edge by edge and interleaved: 1 joined to the pairs {3, 4}, {5, 6},
      ... (made first) one after another, and [k, n] for shrinking k. A union-find without
      path compression or union by rank builds a long chain on one of the stars, whichever
      way it links roots, and walks it on every edge; a search from 1 before each edge
      explores the whole growing star;
    - then [1, n] and the answer [2, n], closing the cycle 1 - 2 - n mid-list;
    - then a path of n/2 tree edges: removing edges from the end and testing what is left
      tries them all."""
    n = max(12, n)
    a, b = n // 4, n - n // 4
    pairs = [[k, k + 1] for k in range(3, a, 2)]
    left = [[1, 2]] + [[1, k] for k in range(3, a + 1, 2)]
    right = [[k, n] for k in range(n - 1, b - 1, -1)]
    stars = [e for pair in zip(left, right) for e in pair] + left[len(right):] + right[len(left):]
    path = [[k, k + 1] for k in range(a, b - 1)]
    return {"edges": pairs + stars + [[1, n], [2, n]] + path}
