"""Count Paths for a Sum: reference (depth-first with prefix sums of the root-to-node path) and oracle."""

import random

from problems.nodes import TreeNode, build_tree, tree_to_wire


def count_paths(root: TreeNode | None, target: int) -> int:
    """Depth-first, top-down, carrying the sum of the path from the root. A downward path
    ending at node and starting below an ancestor a sums to (sum to node) - (sum to a);
    a counter of the prefix sums on the current root-to-node path (added on the way down,
    removed on the way back) counts the starts that work in O(1). O(n) time, O(h) space."""
    seen = {0: 1}  # the empty prefix, above the root: paths that start at the root

    def dfs(node, running):
        if node is None:
            return 0
        running += node.val
        count = seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
        count += dfs(node.left, running) + dfs(node.right, running)
        seen[running] -= 1
        return count

    return dfs(root, 0)


def brute_force(root: TreeNode | None, target: int) -> int:
    """From every node, walk every downward path and count those that sum to target."""
    starts = []

    def collect(node):
        if node is not None:
            starts.append(node)
            collect(node.left)
            collect(node.right)

    def from_here(node, total):
        if node is None:
            return 0
        total += node.val
        return (total == target) + from_here(node.left, total) + from_here(node.right, total)

    collect(root)
    return sum(from_here(s, 0) for s in starts)


def _downward_sums(wire):
    """The sums of every downward path of a wire tree (fine for small trees)."""
    sums = []
    stack = [(build_tree(wire), [])] if wire else []
    while stack:
        node, above = stack.pop()
        ending_here = [s + node.val for s in above] + [node.val]
        sums += ending_here
        stack += [(child, ending_here) for child in (node.left, node.right) if child is not None]
    return sums


def inputs():
    """Trees with small values and zeros often (many paths tie, zeros extend paths at no
    cost) or huge values, and a target that is often the sum of some downward path."""
    from hypothesis import strategies as st

    from problems.strategies import inputs_strategy

    def tree(lo, hi):
        return inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": lo, "max": hi}, "max_size": 30}})

    @st.composite
    def draw(draw):
        root = draw(st.one_of(tree(-3, 3), tree(-1000, 1000), tree(-10**9, 10**9)))["root"]
        sums = [s for s in _downward_sums(root) if -1000 <= s <= 1000]
        if sums and draw(st.integers(0, 2)) > 0:
            target = draw(st.sampled_from(sums))
        else:
            target = draw(st.integers(-1000, 1000))
        return {"root": root, "target": target}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A path of n nodes (left and right children at random) with small values: every node
    has up to n ancestors, so trying every start costs O(n^2)."""
    root = node = TreeNode(rng.randint(-3, 3))
    for _ in range(n - 1):
        child = TreeNode(rng.randint(-3, 3))
        if rng.random() < 0.5:
            node.left = child
        else:
            node.right = child
        node = child
    return {"root": tree_to_wire(root), "target": rng.randint(-5, 5)}
