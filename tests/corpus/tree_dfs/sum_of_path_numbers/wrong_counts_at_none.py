# expect: wrong_answer
# grokpat: sum-of-path-numbers
# mistake: none-is-a-leaf
def sum_path_numbers(root):
    def dfs(node, num):
        if node is None:
            return num  # each leaf is counted twice, and a node with one child once more
        num = num * 10 + node.val
        return dfs(node.left, num) + dfs(node.right, num)

    return dfs(root, 0)
