# expect: wrong_answer
# grokpat: minimum-depth
# mistake: missing-child-is-leaf
class Solution:
    def min_depth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        return 1 + min(self.min_depth(root.left), self.min_depth(root.right))
