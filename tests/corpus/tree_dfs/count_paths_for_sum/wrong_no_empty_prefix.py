# expect: wrong_answer
# grokpat: count-paths-for-sum
# mistake: wrong-path-start
def count_paths(root, target):
    seen = {}  # misses {0: 1}: paths that start at the root are never counted

    def dfs(node, running):
        if node is None:
            return 0
        running += node.val
        count = seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
        count += dfs(node.left, running) + dfs(node.right, running)
        seen[running] -= 1
        return count

    return dfs(root, 0)
