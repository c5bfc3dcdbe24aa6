# expect: accepted
# grokpat: level-order-traversal
from grokpat import TreeNode


def level_order(root):
    # iterative preorder DFS, pushing right before left so left is visited first
    levels = []
    stack = [(root, 0)] if root else []
    while stack:
        node, d = stack.pop()
        if d == len(levels):
            levels.append([])
        levels[d].append(node.val)
        if node.right:
            stack.append((node.right, d + 1))
        if node.left:
            stack.append((node.left, d + 1))
    return levels
