"""Binary Tree Zigzag Level Order Traversal: reference (a queue, every other level reversed) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def zigzag_level_order(root: TreeNode | None) -> list[list[int]]:
    """Breadth-first, one level per round (len(queue) nodes); the children are always
    queued left to right, and the values of a level are written into a deque from the
    right or from the left as the direction alternates. O(n) time."""
    if root is None:
        return []
    levels, queue, left_to_right = [], deque([root]), True
    while queue:
        level: deque[int] = deque()
        for _ in range(len(queue)):
            node = queue.popleft()
            if left_to_right:
                level.append(node.val)
            else:
                level.appendleft(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        levels.append(list(level))
        left_to_right = not left_to_right
    return levels


def brute_force(root: TreeNode | None) -> list[list[int]]:
    """Group the values by depth with a recursive pre-order walk (left to right), then
    reverse the odd levels."""
    by_depth: dict[int, list[int]] = {}

    def walk(node, depth):
        if node is not None:
            by_depth.setdefault(depth, []).append(node.val)
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

    walk(root, 0)
    return [by_depth[d] if d % 2 == 0 else by_depth[d][::-1] for d in range(len(by_depth))]


def probe(n: int, rng: random.Random) -> dict:
    """A broom: a zigzag path of n - n // 2 nodes ending in a complete tree of n // 2 nodes
    (deep, so a walk from the root per level costs O(n * h); wide at the bottom)."""
    return {"root": _broom(n, rng)}


def _broom(n: int, rng: random.Random) -> list:
    values = [rng.randint(-100, 100) for _ in range(n)]
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
