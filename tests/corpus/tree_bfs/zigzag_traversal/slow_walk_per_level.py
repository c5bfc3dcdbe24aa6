# expect: suboptimal
# grokpat: zigzag-traversal
def zigzag_level_order(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def collect(node, d, out):
        if node:
            if d == 0:
                out.append(node.val)
            else:
                collect(node.left, d - 1, out)
                collect(node.right, d - 1, out)

    res = []
    for d in range(height(root)):
        level = []
        collect(root, d, level)
        res.append(level if d % 2 == 0 else level[::-1])
    return res
