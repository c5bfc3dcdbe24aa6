# expect: wrong_answer
# grokpat: level-order-traversal
# mistake: order-within-level
from collections import deque


def level_order(root):
    if root is None:
        return []
    out = []
    q = deque([root])
    while q:
        vals = []
        for _ in range(len(q)):
            node = q.popleft()
            vals.append(node.val)
            for child in (node.right, node.left):
                if child:
                    q.append(child)
        out.append(vals)
    return out
