"""Binary Tree Maximum Path Sum: reference (bottom-up depth-first: best downward gain up, best path on the side) and oracle."""

import random

from problems.nodes import TreeNode, tree_to_wire


def max_path_sum(root: TreeNode) -> int:
    """Bottom-up: gain(node) is the best sum of a downward path starting at node (a child's
    gain is used only when positive). The best path bending at node is node.val plus the
    positive gains of both children; the answer is the best of those over all nodes.
    One pass: O(n) time, O(h) space."""
    best = root.val

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best


def brute_force(root: TreeNode) -> int:
    """Turn the tree into an undirected graph; from every node, walk every simple path
    (a tree has exactly one between two nodes) and keep the largest sum seen."""
    adjacency: dict[int, list[int]] = {}
    values: dict[int, int] = {}

    def collect(node, parent):
        me = len(values)
        values[me] = node.val
        adjacency[me] = [] if parent is None else [parent]
        if parent is not None:
            adjacency[parent].append(me)
        for child in (node.left, node.right):
            if child is not None:
                collect(child, me)

    collect(root, None)
    best = max(values.values())
    for start in values:
        stack = [(start, -1, values[start])]
        while stack:
            u, came_from, total = stack.pop()
            best = max(best, total)
            for v in adjacency[u]:
                if v != came_from:
                    stack.append((v, u, total + values[v]))
    return best


def probe(n: int, rng: random.Random) -> dict:
    """A zigzag path of n nodes with values of both signs: height n, so recomputing the best
    downward path below every node costs O(n^2)."""
    root = node = TreeNode(rng.randint(-1000, 1000))
    for i in range(n - 1):
        child = TreeNode(rng.randint(-1000, 1000))
        if i % 2:
            node.right = child
        else:
            node.left = child
        node = child
    return {"root": tree_to_wire(root)}
