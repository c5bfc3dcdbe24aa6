"""Number of Provinces: reference (union-find), oracle (transitive closure), generator, probe."""

import random


def find_circle_num(is_connected: list[list[int]]) -> int:
    """Union-find with path compression and union by rank: every road merges two groups
    unless they are one already, and every real merge removes one province. The matrix
    has n^2 entries and each union costs O(α(n)): O(n^2) in all."""
    n = len(is_connected)
    parent = list(range(n))
    rank = [0] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    provinces = n
    for i in range(n):
        row = is_connected[i]
        for j in range(i + 1, n):
            if row[j] == 1:
                a, b = find(i), find(j)
                if a != b:
                    if rank[a] < rank[b]:
                        a, b = b, a
                    parent[b] = a
                    if rank[a] == rank[b]:
                        rank[a] += 1
                    provinces -= 1
    return provinces


def brute_force(is_connected: list[list[int]]) -> int:
    """Warshall's transitive closure, then count the different sets of reachable cities."""
    n = len(is_connected)
    reach = [[bool(v) for v in row] for row in is_connected]
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                for j in range(n):
                    if reach[k][j]:
                        reach[i][j] = True
    return len({tuple(row) for row in reach})


def inputs():
    """Symmetric 0/1 matrices with ones on the diagonal, 1 to 8 cities, from no roads at all
    to every pair connected."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 8))
        bag = draw(st.sampled_from([(0, 1), (0, 0, 1), (0, 0, 0, 0, 1), (0,), (1,), (0, 1, 1)]))
        matrix = [[0] * n for _ in range(n)]
        for i in range(n):
            matrix[i][i] = 1
            for j in range(i + 1, n):
                matrix[i][j] = matrix[j][i] = draw(st.sampled_from(bag))
        return {"is_connected": matrix}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n cities all connected to each other: n^2 / 2 roads to process, one province. Every
    road's find is walked again and again by a union-find without path compression or
    union by rank, O(n^3)."""
    return {"is_connected": [[1] * n for _ in range(n)]}
