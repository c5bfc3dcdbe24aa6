"""Maximum Width of a Binary Tree: reference (a queue of (node, position) pairs) and oracle."""

import random
from collections import deque

from problems.nodes import TreeNode, tree_to_wire


def width_of_binary_tree(root: TreeNode) -> int:
    """Breadth-first, one level per round, each node queued with its position in its level
    (children of p at 2p and 2p + 1). The level's width is last - first + 1. Positions are
    renumbered from the level's first one, so they stay small even in a deep tree. O(n) time."""
    best, queue = 0, deque([(root, 0)])
    while queue:
        first = queue[0][1]
        last = queue[-1][1]
        best = max(best, last - first + 1)
        for _ in range(len(queue)):
            node, position = queue.popleft()
            position -= first
            if node.left is not None:
                queue.append((node.left, 2 * position))
            if node.right is not None:
                queue.append((node.right, 2 * position + 1))
    return best


def brute_force(root: TreeNode | None) -> int:
    """Number every node by the definition (root 0, children 2p and 2p + 1, as big as they
    get) in a recursive walk, then take max - min + 1 on every depth."""
    positions: dict[int, list[int]] = {}

    def walk(node, depth, position):
        if node is not None:
            positions.setdefault(depth, []).append(position)
            walk(node.left, depth + 1, 2 * position)
            walk(node.right, depth + 1, 2 * position + 1)

    walk(root, 0, 0)
    return max(max(p) - min(p) + 1 for p in positions.values())


def inputs():
    """Random trees, and 'V' trees: two arms going down the far left and the far right, where the width doubles on every level."""
    from hypothesis import strategies as st

    from problems.strategies import inputs_strategy

    random_tree = inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": -100, "max": 100}, "min_size": 1, "max_size": 30}})

    @st.composite
    def v_tree(draw):
        root = TreeNode(draw(st.integers(-100, 100)))
        for side in ("left", "right"):
            node = root
            for _ in range(draw(st.integers(0, 12))):
                child = TreeNode(draw(st.integers(-100, 100)))
                # mostly keep to the outer edge, sometimes turn inwards
                outer = draw(st.integers(0, 4)) > 0
                attr = side if outer else ("right" if side == "left" else "left")
                setattr(node, attr, child)
                node = child
        return {"root": tree_to_wire(root)}

    return st.one_of(random_tree, v_tree())


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
