"""Path With Given Sequence: reference (depth-first, matched one position per level) and oracle."""

import random

from problems.nodes import TreeNode, build_tree, tree_to_wire


def has_sequence_path(root: TreeNode, sequence: list[int]) -> bool:
    """Depth-first, carrying the depth: a node is explored only if its value is
    sequence[depth], so a branch is abandoned at its first mismatch. A path works when it
    reaches a leaf exactly at the sequence's last position. O(n) time, O(h) stack."""
    last = len(sequence) - 1

    def dfs(node, depth):
        if node is None or depth > last or node.val != sequence[depth]:
            return False
        if node.left is None and node.right is None:
            return depth == last
        return dfs(node.left, depth + 1) or dfs(node.right, depth + 1)

    return dfs(root, 0)


def brute_force(root: TreeNode | None, sequence: list[int]) -> bool:
    """List every root-to-leaf path in full and compare each with the sequence."""
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
    return any(p == list(sequence) for p in paths)


def _paths(wire):
    """Every root-to-node path of a wire tree, with whether it ends at a leaf."""
    out = []
    stack = [(build_tree(wire), [])] if wire else []
    while stack:
        node, path = stack.pop()
        path = path + [node.val]
        out.append((path, node.left is None and node.right is None))
        stack += [(child, path) for child in (node.left, node.right) if child is not None]
    return out


def inputs():
    """Trees of digits (few distinct digits often, so that many paths share a prefix) and a
    sequence that is often a root-to-leaf path, or one changed a little: cut short so it
    ends above a leaf, made one longer, one digit changed."""
    from hypothesis import strategies as st

    from problems.strategies import inputs_strategy

    def tree(hi):
        return inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": 0, "max": hi}, "min_size": 1, "max_size": 30}})

    digits = st.lists(st.integers(0, 9), min_size=1, max_size=12)

    @st.composite
    def draw(draw):
        root = draw(st.one_of(tree(9), tree(1)))["root"]
        paths = _paths(root)
        kind = draw(st.integers(0, 5))
        leaf_paths = [p for p, leaf in paths if leaf]
        inner_paths = [p for p, leaf in paths if not leaf]
        if kind <= 1:
            seq = list(draw(st.sampled_from(leaf_paths)))
        elif kind == 2 and inner_paths:
            seq = list(draw(st.sampled_from(inner_paths)))
        elif kind == 3:
            seq = list(draw(st.sampled_from(leaf_paths))) + [draw(st.integers(0, 9))]
        elif kind == 4:
            seq = list(draw(st.sampled_from(leaf_paths)))
            i = draw(st.integers(0, len(seq) - 1))
            seq[i] = draw(st.integers(0, 9))
        else:
            seq = draw(digits)
        return {"root": root, "sequence": seq}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A caterpillar of zeros: a spine of about n / 2 nodes, each with a leaf 1 hanging on its
    left. The sequence follows the whole spine and differs only at its last digit: every
    spine node must be explored, while each hanging leaf is rejected at once. A solution
    that lists every root-to-leaf path copies n / 2 paths of average length n / 4."""
    spine = (n + 1) // 2
    root = node = TreeNode(0)
    for _ in range(spine - 1):
        node.left = TreeNode(1)
        node.right = TreeNode(0)
        node = node.right
    return {"root": tree_to_wire(root), "sequence": [0] * (spine - 1) + [rng.randint(2, 9)]}
