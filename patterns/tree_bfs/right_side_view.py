"""Binary Tree Right Side View: reference (a queue, the last node of each level) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def right_side_view(root: TreeNode | None) -> list[int]:
    """Breadth-first, one level per round (len(queue) nodes, children pushed left then
    right): the last node popped in a round is the rightmost of its level. O(n) time."""
    view, queue = [], deque([root] if root is not None else [])
    while queue:
        size = len(queue)
        for i in range(size):
            node = queue.popleft()
            if i == size - 1:
                view.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
    return view


def brute_force(root: TreeNode | None) -> list[int]:
    """Give every node its (depth, position-from-the-left) and keep, for each depth, the
    node with the largest position: the one drawn furthest right."""
    best: dict[int, tuple[int, int]] = {}

    def walk(node, depth, position):
        if node is not None:
            if depth not in best or position > best[depth][0]:
                best[depth] = (position, node.val)
            walk(node.left, depth + 1, 2 * position)
            walk(node.right, depth + 1, 2 * position + 1)

    walk(root, 0, 0)
    return [best[d][1] for d in range(len(best))]


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
