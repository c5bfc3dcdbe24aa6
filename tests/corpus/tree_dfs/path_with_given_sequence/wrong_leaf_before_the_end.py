# expect: wrong_answer
# grokpat: path-with-given-sequence
# mistake: path-end-not-at-leaf
class Solution:
    def has_sequence_path(self, root: Optional[TreeNode], sequence: List[int]) -> bool:
        def dfs(node, i):
            if not node or i >= len(sequence) or node.val != sequence[i]:
                return False
            if not node.left and not node.right:
                return True  # forgets to check that the whole sequence was used
            return dfs(node.left, i + 1) or dfs(node.right, i + 1)

        return dfs(root, 0)
