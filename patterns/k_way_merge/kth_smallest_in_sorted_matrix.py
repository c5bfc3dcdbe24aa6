"""Kth Smallest Number in a Sorted Matrix: reference (merge the rows with a min-heap) and oracle."""

import heapq
import random


def kth_smallest_in_matrix(matrix: list[list[int]], k: int) -> int:
    """Each row is a sorted list; a min-heap of one front per row yields the merged order.
    Only the first min(n, k) rows can hold one of the k smallest numbers (column 0 is
    sorted too). Heapify O(n), then k - 1 pops and pushes of O(log n): O(n + k log n)
    time, O(n) space."""
    n = len(matrix)
    heap = [(matrix[i][0], i, 0) for i in range(min(n, k))]
    heapq.heapify(heap)
    for _ in range(k - 1):
        _, i, j = heapq.heappop(heap)
        if j + 1 < n:
            heapq.heappush(heap, (matrix[i][j + 1], i, j + 1))
    return heap[0][0]


def brute_force(matrix: list[list[int]], k: int) -> int:
    """Sort all n * n numbers and index the sorted list."""
    return sorted(x for row in matrix for x in row)[k - 1]


def inputs():
    """Square matrices with sorted rows and columns: each cell is the larger of its upper
    and left neighbours plus a small step (often 0, so equal numbers are common)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 6))
        step = draw(st.sampled_from([1, 3, 1000, 10**8]))
        start = draw(st.sampled_from([-(10**9), 0, draw(st.integers(-(10**9), 10**9))]))
        start = min(start, 10**9 - 2 * n * step)  # keep the largest cell within 10**9
        matrix = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                above = matrix[i - 1][j] if i else None
                left = matrix[i][j - 1] if j else None
                base = max(v for v in (above, left, start) if v is not None)
                matrix[i][j] = base + draw(st.integers(0, step))
        return {"matrix": matrix, "k": draw(st.integers(1, n * n))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """An n x n matrix (cell = row offset + column offset, both sorted) and k = n: the
    heap pops n times, while sorting all n * n numbers costs n times more."""
    values = range(-(5 * 10**8), 5 * 10**8 + 1)
    rows = sorted(rng.choices(values, k=n))
    cols = sorted(rng.choices(values, k=n))
    return {"matrix": [[r + c for c in cols] for r in rows], "k": n}
