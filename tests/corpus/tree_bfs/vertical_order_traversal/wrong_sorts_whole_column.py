# expect: wrong_answer
# grokpat: vertical-order-traversal
# mistake: vertical-order-unsorted
class Solution:
    def vertical_traversal(self, root: Optional[TreeNode]) -> List[List[int]]:
        cols = defaultdict(list)

        def dfs(node, c):
            if node:
                cols[c].append(node.val)
                dfs(node.left, c - 1)
                dfs(node.right, c + 1)

        dfs(root, 0)
        return [sorted(cols[c]) for c in sorted(cols)]  # forgets the rows
