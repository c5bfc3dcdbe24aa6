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
    """n vertices and edges (3 <= n <= 1000), built so that the usual slow solutions all
    pay O(n^2), each on its own quarter of the input:
    - a star grown edge by edge, [1, k] for new vertices k: a union-find without path
      compression or union by rank that links the root of the first end under the root
      of the second builds a chain from 1 and walks it on every edge;
    - a star grown the other way, [k, n] for shrinking k: the same union-find linking the
      other way round builds a chain from n and walks it;
    - pairs {k, k + 1} made first and then joined to 1 one by one: a search from 1 before
      each edge (even one that skips edges to new vertices) explores the whole growing
      component;
    - then [1, n] and the answer [2, n], closing the cycle 1 - 2 - n mid-list, and a path
      of n/4 tree edges after it: removing edges one by one from the end and testing what
      is left tries each of them.
    The three stars are interleaved edge by edge."""
    n = max(12, n)
    y = n // 4  # 1's star: 2..y
    x = y + 2 * (n // 8)  # pairs: y + 1..x
    z = n - n // 4  # n's star: z..n - 1
    pairs = [[k, k + 1] for k in range(y + 1, x, 2)]
    fresh = [[1, k] for k in range(2, y + 1)]
    joins = [[1, k] for k in range(y + 1, x, 2)]
    other = [[k, n] for k in range(n - 1, z - 1, -1)]
    parts = [fresh, other, joins]
    stars = [e for i in range(max(map(len, parts))) for part in parts if i < len(part) for e in [part[i]]]
    tail = [[k, k + 1] for k in range(x, z - 1)]
    return {"edges": pairs + stars + [[1, n], [2, n]] + tail}
