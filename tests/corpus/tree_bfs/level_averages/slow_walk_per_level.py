# expect: suboptimal
# grokpat: level-averages
def level_averages(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def level_sum(node, d):
        if node is None:
            return 0, 0
        if d == 0:
            return node.val, 1
        ls, lc = level_sum(node.left, d - 1)
        rs, rc = level_sum(node.right, d - 1)
        return ls + rs, lc + rc

    out = []
    for d in range(height(root)):
        s, c = level_sum(root, d)
        out.append(s / c)
    return out
