"""Number of Islands II: reference (union-find as land is added), oracle (recount each time), generator, probe."""

import random
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def num_islands2(m: int, n: int, positions: list[list[int]]) -> list[int]:
    """A new land cell is a new island, minus one for every distinct neighbouring island it
    joins: a union that merges two roots. Path compression and union by size keep each
    operation O(α(mn)); the arrays cost O(mn): O(mn + k α(mn)) for k positions."""
    parent = [-1] * (m * n)  # -1: water
    size = [0] * (m * n)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    islands = 0
    counts = []
    for r, c in positions:
        cell = r * n + c
        if parent[cell] == -1:
            parent[cell], size[cell] = cell, 1
            islands += 1
            for dr, dc in STEPS:
                nr, nc = r + dr, c + dc
                if 0 <= nr < m and 0 <= nc < n and parent[nr * n + nc] != -1:
                    a, b = find(cell), find(nr * n + nc)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        islands -= 1
        counts.append(islands)
    return counts


def brute_force(m: int, n: int, positions: list[list[int]]) -> list[int]:
    """After every addition, count the islands of the land so far from scratch."""
    land: set[tuple[int, int]] = set()
    counts = []
    for r, c in positions:
        land.add((r, c))
        seen: set[tuple[int, int]] = set()
        islands = 0
        for cell in land:
            if cell in seen:
                continue
            islands += 1
            seen.add(cell)
            stack = [cell]
            while stack:
                x, y = stack.pop()
                for dx, dy in STEPS:
                    if (x + dx, y + dy) in land and (x + dx, y + dy) not in seen:
                        seen.add((x + dx, y + dy))
                        stack.append((x + dx, y + dy))
        counts.append(islands)
    return counts


def inputs():
    """Grids of 1..5 by 1..5 cells and 1..14 positions inside them, some repeated."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        m, n = draw(st.integers(1, 5)), draw(st.integers(1, 5))
        cell = st.tuples(st.integers(0, m - 1), st.integers(0, n - 1)).map(list)
        positions = draw(st.lists(cell, min_size=1, max_size=14))
        return {"m": m, "n": n, "positions": positions}

    return draw()


def probe(k: int, rng: random.Random) -> dict:
    """A grid of about k cells, all turned to land in an order that makes the usual slow
    solutions pay O(k^2). Recounting the islands after every addition costs O(k) each time.
    A union-find without path compression or union by rank pays too, whichever way it links
    roots and whatever order it looks at the neighbours in:
    - first one big island: column 0 top to bottom, then one "old" row in every band of
      four rows (the band's top row in even bands, its bottom row in odd bands);
    - then, band by band, along the even columns: a lone cell two rows from the old row,
      then the cell between them, which joins the lone cell to the big island. Each join
      walks up from an old cell, and (in every band, or in every other band, depending on
      the neighbour order) puts the big island's root under a new one, one level deeper;
    - then the remaining cells."""
    width = max(3, isqrt(k))
    bands = max(1, isqrt(k) // 4)
    height = 4 * bands
    order: list[list[int]] = [[r, 0] for r in range(height)]
    rows = []
    for b in range(bands):
        top = 4 * b
        if b % 2 == 0:
            old, middle, lone = top, top + 1, top + 2
        else:
            old, middle, lone = top + 3, top + 2, top + 1
        rows.append((old, middle, lone))
        order += [[old, c] for c in range(1, width)]
    for _old, middle, lone in rows:
        for c in range(2, width, 2):
            order += [[lone, c], [middle, c]]
    placed = {tuple(p) for p in order}
    order += [[r, c] for r in range(height) for c in range(width) if (r, c) not in placed]
    return {"m": height, "n": width, "positions": order}
