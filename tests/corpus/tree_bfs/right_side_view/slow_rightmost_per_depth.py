# expect: suboptimal
# grokpat: right-side-view
def right_side_view(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def rightmost(node, d):
        # the first node found at depth d when the right side is tried first
        if node is None:
            return None
        if d == 0:
            return node
        found = rightmost(node.right, d - 1)
        return found if found is not None else rightmost(node.left, d - 1)

    return [rightmost(root, d).val for d in range(height(root))]
