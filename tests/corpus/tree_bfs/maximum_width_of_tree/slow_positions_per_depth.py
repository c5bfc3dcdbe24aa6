# expect: suboptimal
# grokpat: maximum-width-of-tree
def width_of_binary_tree(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def positions(node, d, pos, out):
        if node is None:
            return
        if d == 0:
            out.append(pos)
            return
        positions(node.left, d - 1, 2 * pos, out)
        positions(node.right, d - 1, 2 * pos + 1, out)

    best = 0
    for d in range(height(root)):
        found = []
        positions(root, d, 0, found)
        best = max(best, found[-1] - found[0] + 1)
    return best
