"""Is Graph Bipartite?: reference (union-find of each vertex's neighbours), oracle, generator, probe."""

import random
from itertools import product
from math import isqrt


def is_bipartite(graph: list[list[int]]) -> bool:
    """All neighbours of a vertex must share one side, the side the vertex is not on: union
    them together, and fail as soon as a vertex shares a set with a neighbour. Path
    compression and union by rank make it O((V + E) α(V))."""
    n = len(graph)
    parent = list(range(n))
    rank = [0] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for u in range(n):
        neighbours = graph[u]
        for v in neighbours:
            if find(u) == find(v):
                return False
            a, b = find(neighbours[0]), find(v)
            if a != b:
                if rank[a] < rank[b]:
                    a, b = b, a
                parent[b] = a
                if rank[a] == rank[b]:
                    rank[a] += 1
    return True


def brute_force(graph: list[list[int]]) -> bool:
    """Try every split of the vertices into two groups: O(2^n * E)."""
    n = len(graph)
    edges = [(u, v) for u in range(n) for v in graph[u]]
    return any(all(side[u] != side[v] for u, v in edges) for side in product((0, 1), repeat=n))


def inputs():
    """Undirected graphs on 1..8 vertices as adjacency lists in random order: random graphs;
    bipartite ones (edges only across a random split), sometimes with one edge added inside
    a side; and two separate parts, a bipartite one holding vertex 0 and a random one
    (often with an odd cycle) on the higher labels."""
    from hypothesis import strategies as st

    def bipartite(draw, vertices: list[int]) -> set[tuple[int, int]]:
        side = {v: draw(st.booleans()) for v in vertices}
        across = [(u, v) for u in vertices for v in vertices if u < v and side[u] != side[v]]
        return set(draw(st.lists(st.sampled_from(across), unique=True))) if across else set()

    def anything(draw, vertices: list[int]) -> set[tuple[int, int]]:
        pairs = [(u, v) for u in vertices for v in vertices if u < v]
        return set(draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10))) if pairs else set()

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 8))
        kind = draw(st.integers(0, 2))
        if kind == 0:
            edges = anything(draw, list(range(n)))
        elif kind == 1:
            edges = bipartite(draw, list(range(n)))
            inside = [(u, v) for u in range(n) for v in range(u + 1, n) if (u, v) not in edges]
            if inside and draw(st.integers(0, 2)) == 0:
                edges.add(draw(st.sampled_from(inside)))
        else:
            k = draw(st.integers(1, n))
            edges = bipartite(draw, list(range(k)))
            rest = list(range(k, n))
            if len(rest) >= 3 and draw(st.booleans()):  # a triangle away from vertex 0
                a, b, c = draw(st.permutations(rest))[:3]
                edges |= {tuple(sorted(p)) for p in ((a, b), (b, c), (a, c))}
            edges |= anything(draw, rest)
        graph = [[] for _ in range(n)]
        for u, v in sorted(edges):
            graph[u].append(v)
            graph[v].append(u)
        return {"graph": [draw(st.permutations(nbrs)) for nbrs in graph]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """The complete bipartite graph on V vertices (two halves, every cross pair an edge),
    V + V^2 / 4 ≈ n, V <= 100: bipartite, so every edge must be looked at, and as dense
    as the constraints allow. Merging each vertex's neighbours with a union-find that has
    neither path compression nor union by rank walks chains of length V for each edge."""
    vertices = min(100, max(2, 2 * (isqrt(n + 1) - 1)))
    label = list(range(vertices))
    rng.shuffle(label)
    half = vertices // 2
    graph: list[list[int]] = [[] for _ in range(vertices)]
    for i in range(half):
        for j in range(half, vertices):
            graph[label[i]].append(label[j])
            graph[label[j]].append(label[i])
    return {"graph": graph}
