"""Structurally Unique BSTs: reference (every root, every left tree times every right tree)
and oracle (insert every permutation of 1..n into a BST and keep the distinct shapes)."""

from functools import lru_cache
from itertools import permutations

from problems.nodes import TreeNode, tree_to_wire


def generate_trees(n: int) -> list[TreeNode]:
    """A BST of lo..hi with root i is a BST of lo..i-1 on the left and one of i+1..hi on the
    right, chosen independently. Memoised on (lo, hi), so different answers share their
    subtrees; the work is proportional to the C(n) trees returned."""

    @lru_cache(maxsize=None)
    def trees(lo: int, hi: int) -> tuple:
        if lo > hi:
            return (None,)
        return tuple(
            TreeNode(root, left, right)
            for root in range(lo, hi + 1)
            for left in trees(lo, root - 1)
            for right in trees(root + 1, hi)
        )

    return list(trees(1, n))


@lru_cache(maxsize=None)
def _all_shapes(n: int) -> tuple:
    shapes = {}
    for order in permutations(range(1, n + 1)):
        root = None
        for v in order:  # plain BST insertion
            if root is None:
                root = TreeNode(v)
                continue
            node = root
            while True:
                side = "left" if v < node.val else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, TreeNode(v))
                    break
                node = child
        shapes.setdefault(tuple(tree_to_wire(root)), root)
    return tuple(shapes.values())


def brute_force(n: int) -> list[TreeNode]:
    """Every BST of 1..n arises from inserting some permutation of 1..n (its preorder, say):
    insert all n! of them and keep one tree per distinct shape (cached per n)."""
    return list(_all_shapes(n))
