# expect: wrong_answer
# grokpat: vertical-order-traversal
# mistake: vertical-order-unsorted
from collections import defaultdict, deque


def vertical_traversal(root):
    columns = defaultdict(list)
    q = deque([(root, 0)])
    while q:
        node, col = q.popleft()
        columns[col].append(node.val)  # level order, but ties in a cell are not sorted
        if node.left:
            q.append((node.left, col - 1))
        if node.right:
            q.append((node.right, col + 1))
    return [columns[c] for c in sorted(columns)]
