# expect: suboptimal
# grokpat: vertical-order-traversal
def vertical_traversal(root):
    def bounds(node, col):
        if node is None:
            return (0, 0)
        lo_l, hi_l = bounds(node.left, col - 1)
        lo_r, hi_r = bounds(node.right, col + 1)
        return (min(col, lo_l, lo_r), max(col, hi_l, hi_r))

    def collect(node, row, col, want, out):
        if node is None:
            return
        if col == want:
            out.append((row, node.val))
        collect(node.left, row + 1, col - 1, want, out)
        collect(node.right, row + 1, col + 1, want, out)

    lo, hi = bounds(root, 0)
    result = []
    for c in range(lo, hi + 1):
        found = []
        collect(root, 0, 0, c, found)
        if found:
            result.append([v for _, v in sorted(found)])
    return result
