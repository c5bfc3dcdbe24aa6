# expect: wrong_answer
# grokpat: all-paths-for-sum
# mistake: undo-forgotten
class Solution:
    def path_sum_all(self, root: Optional[TreeNode], target: int) -> List[List[int]]:
        res = []
        path = []

        def go(node, total):
            if node is None:
                return
            path.append(node.val)
            total += node.val
            if node.left is None and node.right is None:
                if total == target:
                    res.append(path[:])
                return  # returns without removing the leaf from the path
            go(node.left, total)
            go(node.right, total)
            path.pop()

        go(root, 0)
        return res
