"""Redundant Connection II: reference (two parents + union-find), oracle (remove and test), generator, probe."""

import random


def find_redundant_directed_connection(edges: list[list[int]]) -> list[int]:
    """Either some vertex has two parent edges (first and second in input order) or the
    extra edge points at the root and closes a cycle. Skipping `second`, a union-find
    pass finds whether a cycle remains: if it does, the culprit is `first` (the other
    parent edge, which must be on the cycle) or, with no double parent, the edge that
    closes the cycle, which is the cycle's last edge in the input; if no cycle remains,
    `second` is the answer. Two passes with path compression and union by rank: O(n α(n))."""
    n = len(edges)
    parent_of = [0] * (n + 1)
    first: list[int] | None = None
    second: list[int] | None = None
    for u, v in edges:
        if parent_of[v]:
            first, second = [parent_of[v], v], [u, v]
        else:
            parent_of[v] = u

    root = list(range(n + 1))
    rank = [0] * (n + 1)

    def find(x: int) -> int:
        top = x
        while root[top] != top:
            top = root[top]
        while root[x] != top:
            root[x], x = top, root[x]
        return top

    for u, v in edges:
        if [u, v] == second:
            continue
        a, b = find(u), find(v)
        if a == b:
            return first if first is not None else [u, v]
        if rank[a] < rank[b]:
            a, b = b, a
        root[b] = a
        if rank[a] == rank[b]:
            rank[a] += 1
    return second if second is not None else []


def _is_rooted_tree(n: int, edges: list[list[int]]) -> bool:
    """One vertex without a parent, one parent for every other vertex, all reachable from it."""
    parents = [0] * (n + 1)
    children: list[list[int]] = [[] for _ in range(n + 1)]
    for u, v in edges:
        parents[v] += 1
        children[u].append(v)
    roots = [v for v in range(1, n + 1) if parents[v] == 0]
    if len(roots) != 1 or any(parents[v] > 1 for v in range(1, n + 1)):
        return False
    seen, stack = {roots[0]}, [roots[0]]
    while stack:
        for w in children[stack.pop()]:
            if w not in seen:
                seen.add(w)
                stack.append(w)
    return len(seen) == n


def brute_force(edges: list[list[int]]) -> list[int]:
    """From the last edge back, remove it and test whether a rooted tree is left: O(n^2)."""
    n = len(edges)
    for i in range(n - 1, -1, -1):
        if _is_rooted_tree(n, edges[:i] + edges[i + 1 :]):
            return edges[i]
    return []


def inputs():
    """A random rooted tree on 3..9 vertices (random parents, paths, stars) with labels
    shuffled, plus one new directed edge (into the root, into another vertex, or
    reversing a tree edge), the edges in random order."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(3, 9))
        label = draw(st.permutations(range(1, n + 1)))
        shape = draw(st.sampled_from(["random", "path", "star"]))
        tree = []
        for i in range(1, n):
            parent = {"path": i - 1, "star": 0}.get(shape)
            if parent is None:
                parent = draw(st.integers(0, i - 1))
            tree.append((label[parent], label[i]))
        existing = set(tree)
        options = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v and (u, v) not in existing]
        kind = draw(st.integers(0, 2))
        into_root = [p for p in options if p[1] == label[0]]
        reverse = [p for p in options if (p[1], p[0]) in existing]
        pool = into_root if kind == 0 else reverse if kind == 1 else options
        extra = draw(st.sampled_from(pool or options))
        edges = draw(st.permutations(tree + [extra]))
        return {"edges": [list(e) for e in edges]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n vertices and edges, built so that the usual slow solutions pay O(n^2):
    - a path 1 -> 2 -> ... -> m (m = n/4) given bottom-up, then m -> k for n/2 new children k: a
      union-find without path compression or union by rank walks a chain of length m or
      a growing chain on every one of these edges, whichever way it links roots;
    - then the extra edge [m + 1, 2]: vertex 2 gets a second parent and closes the cycle
      2 -> ... -> m -> m + 1 -> 2, so it is the answer, mid-list;
    - then a path of n/4 tree edges hanging from 1: removing edges from the end and
      testing what is left tries each of them."""
    n = max(9, n)
    m = n // 4
    star = n // 2
    path = [[k, k + 1] for k in range(m - 1, 0, -1)]
    fan = [[m, k] for k in range(m + 1, m + star + 1)]
    start = m + star + 1
    tail = [[1, start]] + [[k, k + 1] for k in range(start, n)]
    return {"edges": path + fan + [[m + 1, 2]] + tail}
