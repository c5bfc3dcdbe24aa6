# expect: accepted
# grokpat: structurally-unique-bsts
from functools import lru_cache
from grokpat import TreeNode


def generate_trees(n):
    @lru_cache(maxsize=None)
    def build(lo, hi):
        if lo > hi:
            return (None,)
        trees = []
        for root in range(lo, hi + 1):
            for left in build(lo, root - 1):
                for right in build(root + 1, hi):
                    trees.append(TreeNode(root, left, right))
        return tuple(trees)

    return list(build(1, n))
