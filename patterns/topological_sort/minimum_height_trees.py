"""Minimum Height Trees: reference (peel leaves layer by layer), oracle (BFS from every root)."""

import random
from collections import deque


def find_min_height_trees(n: int, edges: list[list[int]]) -> list[int]:
    """Trim leaves in layers, like Kahn's algorithm on degrees: the last one or two vertices
    are the centres of a longest path, the roots of minimum height. O(n)."""
    if n <= 2:
        return list(range(n))
    neighbours: list[list[int]] = [[] for _ in range(n)]
    degree = [0] * n
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
        degree[a] += 1
        degree[b] += 1
    leaves = [v for v in range(n) if degree[v] == 1]
    remaining = n
    while remaining > 2:
        remaining -= len(leaves)
        next_leaves = []
        for leaf in leaves:
            for nb in neighbours[leaf]:
                degree[nb] -= 1
                if degree[nb] == 1:
                    next_leaves.append(nb)
        leaves = next_leaves
    return leaves


def brute_force(n: int, edges: list[list[int]]) -> list[int]:
    """The height from every root by BFS, and every root that reaches the minimum: O(n^2)."""
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)

    def height(root: int) -> int:
        depth = {root: 0}
        queue = deque([root])
        while queue:
            v = queue.popleft()
            for w in neighbours[v]:
                if w not in depth:
                    depth[w] = depth[v] + 1
                    queue.append(w)
        return max(depth.values())

    heights = [height(v) for v in range(n)]
    return [v for v in range(n) if heights[v] == min(heights)]


def inputs():
    """Random trees of up to 12 vertices: random parents (paths, stars, bushes), labels and
    edge directions shuffled."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 12))
        label = draw(st.permutations(range(n)))
        shape = draw(st.sampled_from(["random", "path", "star"]))
        edges = []
        for i in range(1, n):
            parent = {"path": i - 1, "star": 0}.get(shape)
            if parent is None:
                parent = draw(st.integers(max(0, i - 3), i - 1)) if draw(st.booleans()) else draw(st.integers(0, i - 1))
            pair = [label[parent], label[i]]
            if draw(st.booleans()):
                pair.reverse()
            edges.append(pair)
        return {"n": n, "edges": draw(st.permutations(edges))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A path through all n vertices in a random order: the deepest tree, where recomputing
    the height from every root costs O(n^2)."""
    order = list(range(n))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    rng.shuffle(edges)
    return {"n": n, "edges": edges}
