# expect: suboptimal
# grokpat: path-sum
def has_path_sum(root, target):
    paths = []

    def dfs(node, path):
        if not node:
            return
        path = path + [node.val]
        if not node.left and not node.right:
            paths.append(path)
            return
        dfs(node.left, path)
        dfs(node.right, path)

    dfs(root, [])
    return any(sum(p) == target for p in paths)
