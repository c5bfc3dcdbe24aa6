# expect: wrong_answer
# grokpat: path-with-given-sequence
# mistake: path-end-not-at-leaf
def has_sequence_path(root, sequence):
    def dfs(node, i):
        if node is None or node.val != sequence[i]:
            return False
        if i == len(sequence) - 1:
            return True  # the path may still go on below this node
        return dfs(node.left, i + 1) or dfs(node.right, i + 1)

    return dfs(root, 0)
