# expect: suboptimal
# grokpat: reverse-level-order
def reverse_level_order(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def at_depth(node, d, out):
        if node is None:
            return
        if d == 0:
            out.append(node.val)
        else:
            at_depth(node.left, d - 1, out)
            at_depth(node.right, d - 1, out)

    result = []
    for d in range(height(root) - 1, -1, -1):
        level = []
        at_depth(root, d, level)
        result.append(level)
    return result
