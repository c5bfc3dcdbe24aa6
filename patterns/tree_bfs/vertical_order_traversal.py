"""Vertical Order Traversal of a Binary Tree: reference (a queue that labels (row, col), then one sort) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def vertical_traversal(root: TreeNode) -> list[list[int]]:
    """Breadth-first, each node queued with its (row, col); then sort all (col, row, val)
    triples once: columns left to right, rows top to bottom, values ascending on ties.
    Cut the sorted list into columns. O(n log n) time, O(n) space."""
    triples, queue = [], deque([(root, 0, 0)])
    while queue:
        node, row, col = queue.popleft()
        triples.append((col, row, node.val))
        if node.left is not None:
            queue.append((node.left, row + 1, col - 1))
        if node.right is not None:
            queue.append((node.right, row + 1, col + 1))
    triples.sort()
    columns: list[list[int]] = []
    previous = None
    for col, _, val in triples:
        if col != previous:
            columns.append([])
            previous = col
        columns[-1].append(val)
    return columns


def brute_force(root: TreeNode | None) -> list[list[int]]:
    """Record every node's (row, col) with a recursive walk; then for every column from the
    leftmost to the rightmost, and every row from the top, list the values found there in
    ascending order."""
    cells: dict[tuple[int, int], list[int]] = {}

    def walk(node, row, col):
        if node is not None:
            cells.setdefault((row, col), []).append(node.val)
            walk(node.left, row + 1, col - 1)
            walk(node.right, row + 1, col + 1)

    walk(root, 0, 0)
    cols = [c for _, c in cells]
    rows = [r for r, _ in cells]
    out = []
    for col in range(min(cols), max(cols) + 1):
        column = []
        for row in range(max(rows) + 1):
            column += sorted(cells.get((row, col), []))
        out.append(column)
    return out


def probe(n: int, rng: random.Random) -> dict:
    """A broom leaning right: a path of right children of n - n // 2 nodes (one new column
    per node, so a scan of the whole tree per column costs O(n^2)) ending in a complete tree
    of n // 2 nodes (where many nodes share a row and a column)."""
    values = [rng.randint(0, 1000) for _ in range(n)]
    bushy = [TreeNode(v) for v in values[: n // 2]]
    for i, node in enumerate(bushy):
        if 2 * i + 1 < len(bushy):
            node.left = bushy[2 * i + 1]
        if 2 * i + 2 < len(bushy):
            node.right = bushy[2 * i + 2]
    below = bushy[0] if bushy else None
    for v in reversed(values[n // 2 :]):
        below = TreeNode(v, None, below)
    return {"root": tree_to_wire(below)}
