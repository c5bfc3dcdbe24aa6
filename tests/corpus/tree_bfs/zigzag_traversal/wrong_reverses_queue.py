# expect: wrong_answer
# grokpat: zigzag-traversal
# mistake: order-within-level
from collections import deque


def zigzag_level_order(root):
    if root is None:
        return []
    res = []
    queue = deque([root])
    level_no = 0
    while queue:
        if level_no % 2 == 1:
            queue.reverse()  # reverses the nodes, so their children come out in the wrong order later
        vals = []
        for _ in range(len(queue)):
            node = queue.popleft()
            vals.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        res.append(vals)
        level_no += 1
    return res
