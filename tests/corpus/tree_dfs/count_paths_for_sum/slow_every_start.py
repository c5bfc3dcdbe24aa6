# expect: suboptimal
# grokpat: count-paths-for-sum
class Solution:
    def count_paths(self, root: Optional[TreeNode], target: int) -> int:
        def from_node(node, remaining):
            if not node:
                return 0
            remaining -= node.val
            return (remaining == 0) + from_node(node.left, remaining) + from_node(node.right, remaining)

        if not root:
            return 0
        return from_node(root, target) + self.count_paths(root.left, target) + self.count_paths(root.right, target)
