# expect: wrong_answer
# grokpat: count-paths-for-sum
# mistake: wrong-path-start
def count_paths(root, target):
    def dfs(node, total):
        if node is None:
            return 0
        total += node.val
        return (total == target) + dfs(node.left, total) + dfs(node.right, total)

    return dfs(root, 0)
