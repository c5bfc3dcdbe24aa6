# expect: wrong_answer
# grokpat: tree-diameter
# mistake: diameter-counts-nodes
def diameter(root):
    best = 0

    def depth(node):
        nonlocal best
        if not node:
            return 0
        l, r = depth(node.left), depth(node.right)
        best = max(best, l + r + 1)  # nodes on the path, not edges
        return 1 + max(l, r)

    depth(root)
    return best
