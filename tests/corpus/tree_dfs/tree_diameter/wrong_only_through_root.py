# expect: wrong_answer
# grokpat: tree-diameter
# mistake: diameter-counts-nodes
class Solution:
    def diameter(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)
