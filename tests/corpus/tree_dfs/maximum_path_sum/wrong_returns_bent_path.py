# expect: wrong_answer
# grokpat: maximum-path-sum
# mistake: max-path-rules
class Solution:
    def max_path_sum(self, root: Optional[TreeNode]) -> int:
        self.ans = -inf

        def gain(node):
            if not node:
                return 0
            l = max(gain(node.left), 0)
            r = max(gain(node.right), 0)
            self.ans = max(self.ans, node.val + l + r)
            return node.val + l + r  # a parent cannot extend a path that already bends here

        gain(root)
        return self.ans
