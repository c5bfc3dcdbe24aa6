"""Minimum Depth of a Binary Tree: reference (a queue, stop at the first leaf) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def min_depth(root: TreeNode | None) -> int:
    """Breadth-first, one level per round: levels are met in order of depth, so the first
    leaf (a node with no children at all) popped is on the shallowest level and the
    search stops there. O(n) time in the worst case (the only leaves at the bottom)."""
    if root is None:
        return 0
    queue, depth = deque([root]), 0
    while queue:
        depth += 1
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left is None and node.right is None:
                return depth
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
    return depth


def brute_force(root: TreeNode | None) -> int:
    """List the depth of every leaf with a recursive walk and take the smallest."""
    leaf_depths = []

    def walk(node, depth):
        if node is None:
            return
        if node.left is None and node.right is None:
            leaf_depths.append(depth)
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 1)
    return min(leaf_depths, default=0)


def probe(n: int, rng: random.Random) -> dict:
    """A broom: a zigzag path of n - n // 2 nodes ending in a complete tree of n // 2
    nodes. Every leaf is at the bottom, so the shallowest leaf is about n / 2 deep and any
    search must look at most of the tree; a search deepening one level at a time costs O(n * h)."""
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
