# expect: wrong_answer
# grokpat: maximum-path-sum
# mistake: max-path-rules
def max_path_sum(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        l, r = gain(node.left), gain(node.right)  # negative gains are always taken
        best = max(best, node.val + l + r, node.val)
        return node.val + max(l, r)

    gain(root)
    return best
