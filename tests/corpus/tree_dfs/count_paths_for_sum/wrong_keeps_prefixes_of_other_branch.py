# expect: wrong_answer
# grokpat: count-paths-for-sum
# mistake: undo-forgotten
from collections import defaultdict


def count_paths(root, target):
    prefix = defaultdict(int)
    prefix[0] = 1

    def dfs(node, running):
        if not node:
            return 0
        running += node.val
        found = prefix[running - target]
        prefix[running] += 1  # never removed: prefixes of a finished branch leak into its sibling
        return found + dfs(node.left, running) + dfs(node.right, running)

    return dfs(root, 0)
