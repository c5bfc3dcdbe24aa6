# expect: accepted
# grokpat: right-side-view
import sys

sys.setrecursionlimit(100000)


class Solution:
    def right_side_view(self, root: Optional[TreeNode]) -> List[int]:
        seen = []

        def dfs(node, depth):
            if node is None:
                return
            if depth == len(seen):
                seen.append(node.val)
            dfs(node.right, depth + 1)
            dfs(node.left, depth + 1)

        dfs(root, 0)
        return seen
