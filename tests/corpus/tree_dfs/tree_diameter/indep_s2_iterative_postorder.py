# expect: accepted
# grokpat: tree-diameter


def diameter(root):
    if root is None:
        return 0
    height = {None: 0}
    best = 0
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            l, r = height[node.left], height[node.right]
            best = max(best, l + r)
            height[node] = 1 + max(l, r)
        else:
            stack.append((node, True))
            if node.left:
                stack.append((node.left, False))
            if node.right:
                stack.append((node.right, False))
    return best
