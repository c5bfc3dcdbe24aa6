"""Path Sum: reference (depth-first, the remaining sum flows down) and oracle."""

import random

from problems.nodes import TreeNode, build_tree, tree_to_wire


def has_path_sum(root: TreeNode | None, target: int) -> bool:
    """Depth-first, top-down: what is still missing of the target flows down to the
    children; at a leaf the path is complete, and it works if nothing is missing. An empty
    subtree has no path at all. Each node is visited once: O(n) time, O(h) stack."""
    if root is None:
        return False
    remaining = target - root.val
    if root.left is None and root.right is None:
        return remaining == 0
    return has_path_sum(root.left, remaining) or has_path_sum(root.right, remaining)


def brute_force(root: TreeNode | None, target: int) -> bool:
    """List every root-to-leaf path in full, then sum each one."""
    paths = []

    def walk(node, path):
        if node is None:
            return
        path = path + [node.val]
        if node.left is None and node.right is None:
            paths.append(path)
        walk(node.left, path)
        walk(node.right, path)

    walk(root, [])
    return any(sum(p) == target for p in paths)


def _sums(wire):
    """(leaf path sums, sums of paths that stop above a leaf) of a wire tree."""
    leaf, inner = [], []
    stack = [(build_tree(wire), 0)] if wire else []
    while stack:
        node, total = stack.pop()
        total += node.val
        (leaf if node.left is None and node.right is None else inner).append(total)
        stack += [(child, total) for child in (node.left, node.right) if child is not None]
    return leaf, inner


def inputs():
    """Trees (small values often, so that several paths tie), with a target that is often
    the sum of a root-to-leaf path, sometimes the sum of a path that stops above a leaf
    (right only for a solution that ends paths at non-leaves), and sometimes anything."""
    from hypothesis import strategies as st

    from problems.strategies import inputs_strategy

    def tree(lo, hi):
        return inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": lo, "max": hi}, "max_size": 30}})

    @st.composite
    def draw(draw):
        root = draw(st.one_of(tree(-1000, 1000), tree(-3, 3)))["root"]
        leaf, inner = _sums(root)
        kind = draw(st.integers(0, 3))
        if kind <= 1 and leaf:
            target = draw(st.sampled_from(leaf))
        elif kind == 2 and inner:
            target = draw(st.sampled_from(inner))
        else:
            target = draw(st.integers(-1000, 1000))
        return {"root": root, "target": max(-1000, min(1000, target))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A caterpillar: a spine of about n / 2 nodes, each with a leaf hanging on its left,
    so there are n / 2 root-to-leaf paths of average length n / 4 (copying every path costs
    O(n^2)). All values are even and the target is odd: no path matches, nothing stops early."""
    spine = (n + 1) // 2
    node = TreeNode(2 * rng.randint(-500, 500))
    root = node
    for _ in range(spine - 1):
        node.left = TreeNode(2 * rng.randint(-500, 500))
        node.right = TreeNode(2 * rng.randint(-500, 500))
        node = node.right
    return {"root": tree_to_wire(root), "target": 2 * rng.randint(-400, 400) + 1}
