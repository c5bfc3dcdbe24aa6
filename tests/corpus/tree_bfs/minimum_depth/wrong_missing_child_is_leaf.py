# expect: wrong_answer
# grokpat: minimum-depth
# mistake: missing-child-is-leaf
from collections import deque


def min_depth(root):
    if not root:
        return 0
    q = deque([(root, 1)])
    while q:
        node, d = q.popleft()
        if not node.left or not node.right:
            return d
        q.append((node.left, d + 1))
        q.append((node.right, d + 1))
