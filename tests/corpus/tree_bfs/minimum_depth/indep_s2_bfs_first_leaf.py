# expect: accepted
# grokpat: minimum-depth


class Solution:
    def min_depth(self, root):
        if root is None:
            return 0
        q = deque([(root, 1)])
        while q:
            node, depth = q.popleft()
            if node.left is None and node.right is None:
                return depth
            if node.left:
                q.append((node.left, depth + 1))
            if node.right:
                q.append((node.right, depth + 1))
        return 0
