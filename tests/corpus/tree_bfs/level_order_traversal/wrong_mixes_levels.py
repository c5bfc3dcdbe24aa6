# expect: wrong_answer
# grokpat: level-order-traversal
# mistake: level-size-not-saved
class Solution:
    def level_order(self, root: Optional[TreeNode]) -> List[List[int]]:
        if not root:
            return []
        result = []
        queue = deque([root])
        while queue:
            level = []
            i = 0
            while i < len(queue):  # the queue grows while the level is read
                node = queue.popleft()
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
                i += 1
            result.append(level)
        return result
