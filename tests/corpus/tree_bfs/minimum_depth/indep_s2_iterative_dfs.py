# expect: accepted
# grokpat: minimum-depth


def min_depth(root):
    if not root:
        return 0
    best = float("inf")
    stack = [(root, 1)]
    while stack:
        node, d = stack.pop()
        if d >= best:
            continue  # cannot improve
        if not node.left and not node.right:
            best = d
            continue
        for child in (node.left, node.right):
            if child:
                stack.append((child, d + 1))
    return best
