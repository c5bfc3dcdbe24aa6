# expect: wrong_answer
# grokpat: all-paths-for-sum
def path_sum_all(root, target):
    result, path = [], []

    def dfs(node, remaining):
        if not node:
            return
        path.append(node.val)
        remaining -= node.val
        if not node.left and not node.right and remaining == 0:
            result.append(path)  # the same list object, emptied by the pops later
        dfs(node.left, remaining)
        dfs(node.right, remaining)
        path.pop()

    dfs(root, target)
    return result
