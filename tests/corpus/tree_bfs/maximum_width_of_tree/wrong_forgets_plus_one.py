# expect: wrong_answer
# grokpat: maximum-width-of-tree
# mistake: width-counts-nodes
class Solution:
    def width_of_binary_tree(self, root: Optional[TreeNode]) -> int:
        ans = 0
        q = deque([(root, 0)])
        while q:
            ans = max(ans, q[-1][1] - q[0][1])
            for _ in range(len(q)):
                node, i = q.popleft()
                if node.left:
                    q.append((node.left, 2 * i))
                if node.right:
                    q.append((node.right, 2 * i + 1))
        return ans
