# expect: wrong_answer
# grokpat: path-sum
# mistake: none-is-a-leaf
class Solution:
    def has_path_sum(self, root: Optional[TreeNode], target: int) -> bool:
        if root is None:
            return target == 0
        target -= root.val
        return self.has_path_sum(root.left, target) or self.has_path_sum(root.right, target)
