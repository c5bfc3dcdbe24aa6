# expect: wrong_answer
# grokpat: reverse-level-order
# mistake: order-within-level
class Solution:
    def reverse_level_order(self, root):
        if not root:
            return []
        queue = deque([root])
        levels = []
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            levels.append(level)
        # reversing everything reverses the values of each level too
        return [lvl[::-1] for lvl in reversed(levels)]
