# expect: accepted
# grokpat: path-sum


class Solution:
    def has_path_sum(self, root: Optional[TreeNode], target: int) -> bool:
        if root is None:
            return False
        rest = target - root.val
        if root.left is None and root.right is None:
            return rest == 0
        return self.has_path_sum(root.left, rest) or self.has_path_sum(root.right, rest)
