# expect: accepted
# grokpat: maximum-path-sum
import sys

sys.setrecursionlimit(100000)


def max_path_sum(root):
    best = -math.inf

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
