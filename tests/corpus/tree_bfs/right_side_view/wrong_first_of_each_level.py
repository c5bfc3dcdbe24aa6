# expect: wrong_answer
# grokpat: right-side-view
# mistake: order-within-level
from collections import deque


def right_side_view(root):
    if root is None:
        return []
    view, q = [], deque([root])
    while q:
        view.append(q[0].val)  # the first node of the level: that is the left view
        for _ in range(len(q)):
            node = q.popleft()
            if node.left:
                q.append(node.left)
            if node.right:
                q.append(node.right)
    return view
