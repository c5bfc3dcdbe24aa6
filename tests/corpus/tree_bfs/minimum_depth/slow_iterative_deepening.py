# expect: suboptimal
# grokpat: minimum-depth
def min_depth(root):
    if root is None:
        return 0

    def leaf_within(node, depth_left):
        if node is None or depth_left == 0:
            return False
        if node.left is None and node.right is None:
            return True
        return leaf_within(node.left, depth_left - 1) or leaf_within(node.right, depth_left - 1)

    d = 1
    while not leaf_within(root, d):
        d += 1
    return d
