# expect: suboptimal
# grokpat: level-order-traversal
def level_order(root):
    def height(node):
        if not node:
            return 0
        return 1 + max(height(node.left), height(node.right))

    def collect(node, depth, out):
        if not node:
            return
        if depth == 0:
            out.append(node.val)
            return
        collect(node.left, depth - 1, out)
        collect(node.right, depth - 1, out)

    result = []
    for d in range(height(root)):
        level = []
        collect(root, d, level)
        result.append(level)
    return result
