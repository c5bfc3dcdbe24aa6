"""Find if Path Exists in Graph: reference (union-find), oracle (grow the reachable set), generator, probe."""

import random


def valid_path(n: int, edges: list[list[int]], source: int, destination: int) -> bool:
    """Union the ends of every edge; two vertices are connected exactly when they end in
    the same set. Union by size and path compression: O((n + E) α(n))."""
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
    return find(source) == find(destination)


def brute_force(n: int, edges: list[list[int]], source: int, destination: int) -> bool:
    """Grow the set of vertices reached from source over all edges until it stops growing."""
    reached = {source}
    grew = True
    while grew:
        grew = False
        for u, v in edges:
            if (u in reached) != (v in reached):
                reached |= {u, v}
                grew = True
    return destination in reached


def inputs():
    """Graphs on 1..10 vertices without repeated edges (sparse ones, often in pieces),
    a source and a destination that are sometimes the same vertex."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 10))
        pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=min(12, len(pairs)))) if pairs else []
        edges = [[u, v] if draw(st.booleans()) else [v, u] for u, v in chosen]
        source = draw(st.integers(0, n - 1))
        destination = source if draw(st.integers(0, 5)) == 0 else draw(st.integers(0, n - 1))
        return {"n": n, "edges": edges, "source": source, "destination": destination}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n/2 vertices and n/2 edges: a path from the source through a quarter of the
    vertices, its edges in random order (growing the reached set edge scan by edge scan
    takes O(n) scans), then two stars grown edge by edge, [c, k] and [k, d], where a
    union-find without path compression or union by rank builds long chains and walks
    them, whichever way it links roots. The destination is the star's last leaf: a path
    exists."""
    vertices = max(8, n // 2)
    order = list(range(vertices))
    rng.shuffle(order)
    quarter = vertices // 4
    path, rest = order[: 2 * quarter], order[2 * quarter :]
    path_edges = [[path[i], path[i + 1]] for i in range(len(path) - 1)]
    rng.shuffle(path_edges)
    c, d = rest[0], rest[1]
    left = [[c, k] for k in rest[2 : 2 + len(rest) // 2]]
    right = [[k, d] for k in rest[2 + len(rest) // 2 :]]
    stars = [e for pair in zip(left, right) for e in pair] + left[len(right):] + right[len(left):]
    edges = stars + path_edges + [[path[-1], c], [c, d]]
    return {"n": vertices, "edges": edges, "source": path[0], "destination": rest[-1]}
