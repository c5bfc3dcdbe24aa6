# expect: accepted
# grokpat: vertical-order-traversal


def vertical_traversal(root):
    cells = []
    q = deque([(root, 0, 0)])
    while q:
        node, r, c = q.popleft()
        cells.append((c, r, node.val))
        if node.left:
            q.append((node.left, r + 1, c - 1))
        if node.right:
            q.append((node.right, r + 1, c + 1))
    cells.sort()
    out = []
    prev = None
    for c, r, v in cells:
        if c != prev:
            out.append([])
            prev = c
        out[-1].append(v)
    return out
