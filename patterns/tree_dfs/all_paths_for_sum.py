"""All Paths for a Sum: reference (depth-first with one shared path, backtracking) and oracle."""

from problems.nodes import TreeNode, build_tree


def path_sum_all(root: TreeNode | None, target: int) -> list[list[int]]:
    """Depth-first, top-down: the values from the root to the current node live in one
    shared list (append on the way down, pop on the way back); at a leaf whose path adds
    up to target, store a copy. O(n) for the walk plus O(h) per path found."""
    paths: list[list[int]] = []
    path: list[int] = []

    def dfs(node, remaining):
        if node is None:
            return
        path.append(node.val)
        remaining -= node.val
        if node.left is None and node.right is None:
            if remaining == 0:
                paths.append(list(path))
        else:
            dfs(node.left, remaining)
            dfs(node.right, remaining)
        path.pop()

    dfs(root, target)
    return paths


def brute_force(root: TreeNode | None, target: int) -> list[list[int]]:
    """Every root-to-leaf path, built bottom-up (a leaf's only path is itself; a node's paths
    are its value in front of each of its children's paths), kept when it sums to target."""

    def paths(node):
        if node is None:
            return []
        if node.left is None and node.right is None:
            return [[node.val]]
        return [[node.val] + p for p in paths(node.left) + paths(node.right)]

    return [p for p in paths(root) if sum(p) == target]


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
    """Trees, with small values often (so that several paths, even paths with the same
    values, reach the target), and a target that is often the sum of a root-to-leaf path,
    sometimes the sum of a path that stops above a leaf, and sometimes anything."""
    from hypothesis import strategies as st

    from problems.strategies import inputs_strategy

    def tree(lo, hi):
        return inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": lo, "max": hi}, "max_size": 30}})

    @st.composite
    def draw(draw):
        root = draw(st.one_of(tree(-1000, 1000), tree(-2, 2), tree(0, 1)))["root"]
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
