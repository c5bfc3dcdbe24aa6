"""Average of Levels in a Binary Tree: reference (a queue, one level per round) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def level_averages(root: TreeNode) -> list[float]:
    """Breadth-first, one level per round (the queue's length when the round starts):
    sum the level's values and divide by its size. O(n) time, O(w) extra space."""
    averages, queue = [], deque([root])
    while queue:
        size, total = len(queue), 0
        for _ in range(size):
            node = queue.popleft()
            total += node.val
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        averages.append(total / size)
    return averages


def brute_force(root: TreeNode | None) -> list[float]:
    """Collect every node's (depth, value) recursively, then average each depth."""
    by_depth: dict[int, list[int]] = {}

    def walk(node, depth):
        if node is not None:
            by_depth.setdefault(depth, []).append(node.val)
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

    walk(root, 0)
    return [sum(by_depth[d]) / len(by_depth[d]) for d in range(len(by_depth))]


def probe(n: int, rng: random.Random) -> dict:
    """A broom: a zigzag path of n - n // 2 nodes ending in a complete tree of n // 2 nodes
    (deep, so a walk from the root per level costs O(n * h); wide at the bottom)."""
    return {"root": _broom(n, rng)}


def _broom(n: int, rng: random.Random) -> list:
    values = [rng.randint(-2**31, 2**31 - 1) for _ in range(n)]
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
