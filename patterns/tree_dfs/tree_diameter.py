"""Diameter of a Binary Tree: reference (bottom-up depth-first: heights up, best path on the side) and oracle."""

import random

from problems.nodes import TreeNode, tree_to_wire


def diameter(root: TreeNode | None) -> int:
    """Bottom-up: height(node) returns the number of nodes on the longest downward path from
    node; the longest path that bends at node has height(left) + height(right) edges, and
    the best of those over all nodes is the diameter. One pass: O(n) time, O(h) space."""
    best = 0

    def height(node):
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)
        return 1 + max(left, right)

    height(root)
    return best


def brute_force(root: TreeNode | None) -> int:
    """Turn the tree into an undirected graph, run a breadth-first search from every node
    and keep the largest distance (in edges) ever found."""
    adjacency: dict[int, list[int]] = {}
    nodes = []

    def collect(node, parent):
        if node is None:
            return
        me = len(nodes)
        nodes.append(node)
        adjacency[me] = []
        if parent is not None:
            adjacency[me].append(parent)
            adjacency[parent].append(me)
        collect(node.left, me)
        collect(node.right, me)

    collect(root, None)
    best = 0
    for start in adjacency:
        dist = {start: 0}
        frontier = [start]
        while frontier:
            nxt = []
            for u in frontier:
                for v in adjacency[u]:
                    if v not in dist:
                        dist[v] = dist[u] + 1
                        nxt.append(v)
            frontier = nxt
        best = max(best, max(dist.values()))
    return best


def probe(n: int, rng: random.Random) -> dict:
    """A zigzag path of n nodes (left child, right child, left...): height n, so recomputing
    the heights below every node costs O(n^2)."""
    root = node = TreeNode(rng.randint(-100, 100))
    for i in range(n - 1):
        child = TreeNode(rng.randint(-100, 100))
        if i % 2:
            node.right = child
        else:
            node.left = child
        node = child
    return {"root": tree_to_wire(root)}
