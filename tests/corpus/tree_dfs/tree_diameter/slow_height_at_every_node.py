# expect: suboptimal
# grokpat: tree-diameter
def diameter(root):
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    if root is None:
        return 0
    through_here = height(root.left) + height(root.right)
    return max(through_here, diameter(root.left), diameter(root.right))
