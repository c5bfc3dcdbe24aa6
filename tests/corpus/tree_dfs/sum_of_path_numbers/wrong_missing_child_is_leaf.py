# expect: wrong_answer
# grokpat: sum-of-path-numbers
# mistake: none-is-a-leaf
class Solution:
    def sum_path_numbers(self, root: Optional[TreeNode]) -> int:
        total = 0
        stack = [(root, root.val)]
        while stack:
            node, num = stack.pop()
            if node.left is None or node.right is None:
                total += num
            if node.left:
                stack.append((node.left, num * 10 + node.left.val))
            if node.right:
                stack.append((node.right, num * 10 + node.right.val))
        return total
