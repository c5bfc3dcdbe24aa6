"""Reverse Level Order Traversal: reference (a queue, levels added at the front) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def reverse_level_order(root: TreeNode | None) -> list[list[int]]:
    """Breadth-first, one level per round (len(queue) nodes), each finished level put in
    front of the ones found before it (appendleft on a deque is O(1)). O(n) time."""
    levels: deque[list[int]] = deque()
    queue = deque([root] if root is not None else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        levels.appendleft(level)
    return list(levels)


def brute_force(root: TreeNode | None) -> list[list[int]]:
    """Label every node with its depth (pre-order, left before right), group by depth,
    deepest depth first."""
    labelled = []

    def walk(node, depth):
        if node is not None:
            labelled.append((depth, node.val))
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

    walk(root, 0)
    height = max((d for d, _ in labelled), default=-1) + 1
    return [[v for d, v in labelled if d == level] for level in reversed(range(height))]


def probe(n: int, rng: random.Random) -> dict:
    """A broom: a zigzag path of n - n // 2 nodes ending in a complete tree of n // 2 nodes
    (deep, so a walk from the root per level costs O(n * h); wide at the bottom)."""
    return {"root": _broom(n, rng)}


def _broom(n: int, rng: random.Random) -> list:
    values = [rng.randint(-1000, 1000) for _ in range(n)]
    bushy = [TreeNode(v) for v in values[: n // 2]]
    for i, node in enumerate(bushy):
        if 2 * i + 1 < len(bushy):
            node.left = bushy[2 * i + 1]
        if 2 * i + 2 < len(bushy):
            node.right = bushy[2 * i + 2]
    below = bushy[0] if bushy else None
    for i, v in enumerate(reversed(values[n // 2 :])):
        node = TreeNode(v)
        if i % 2:
            node.left = below
        else:
            node.right = below
        below = node
    return tree_to_wire(below)
