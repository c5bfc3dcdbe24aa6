# expect: accepted
# grokpat: sum-of-path-numbers
from grokpat import TreeNode


def sum_path_numbers(root: TreeNode) -> int:
    def go(node, acc):
        if node is None:
            return 0
        acc = acc * 10 + node.val
        if not node.left and not node.right:
            return acc
        return go(node.left, acc) + go(node.right, acc)

    return go(root, 0)
