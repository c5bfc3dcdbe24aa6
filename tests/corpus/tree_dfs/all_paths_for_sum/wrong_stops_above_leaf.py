# expect: wrong_answer
# grokpat: all-paths-for-sum
# mistake: path-end-not-at-leaf
def path_sum_all(root, target):
    out = []

    def dfs(node, path, remaining):
        if node is None:
            return
        path = path + [node.val]
        remaining -= node.val
        if remaining == 0:  # also records paths that stop at a node with children
            out.append(path)
        dfs(node.left, path, remaining)
        dfs(node.right, path, remaining)

    dfs(root, [], target)
    return out
