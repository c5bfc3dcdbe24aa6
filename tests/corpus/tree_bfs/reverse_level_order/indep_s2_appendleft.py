# expect: accepted
# grokpat: reverse-level-order


def reverse_level_order(root):
    out = deque()
    if root is None:
        return []
    q = deque([root])
    while q:
        row = []
        for _ in range(len(q)):
            n = q.popleft()
            row.append(n.val)
            for c in (n.left, n.right):
                if c is not None:
                    q.append(c)
        out.appendleft(row)
    return list(out)
