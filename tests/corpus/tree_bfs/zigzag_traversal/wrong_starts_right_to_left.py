# expect: wrong_answer
# grokpat: zigzag-traversal
# mistake: order-within-level
class Solution:
    def zigzag_level_order(self, root: Optional[TreeNode]) -> List[List[int]]:
        if not root:
            return []
        out, q, left_to_right = [], deque([root]), False
        while q:
            level = []
            for _ in range(len(q)):
                node = q.popleft()
                level.append(node.val)
                if node.left:
                    q.append(node.left)
                if node.right:
                    q.append(node.right)
            out.append(level if left_to_right else level[::-1])
            left_to_right = not left_to_right
        return out
