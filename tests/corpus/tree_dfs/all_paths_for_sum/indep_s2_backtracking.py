# expect: accepted
# grokpat: all-paths-for-sum
import sys

sys.setrecursionlimit(20000)


def path_sum_all(root, target):
    found = []
    path = []

    def walk(node, remaining):
        if node is None:
            return
        path.append(node.val)
        remaining -= node.val
        if node.left is None and node.right is None:
            if remaining == 0:
                found.append(list(path))
        else:
            walk(node.left, remaining)
            walk(node.right, remaining)
        path.pop()

    walk(root, target)
    print("found", len(found), "paths")
    return found
