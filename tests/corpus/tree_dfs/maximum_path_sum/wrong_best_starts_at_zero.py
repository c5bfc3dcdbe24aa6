# expect: wrong_answer
# grokpat: maximum-path-sum
# mistake: max-path-rules
def max_path_sum(root):
    best = 0  # every path may be negative

    def gain(node):
        nonlocal best
        if not node:
            return 0
        l = max(gain(node.left), 0)
        r = max(gain(node.right), 0)
        best = max(best, node.val + l + r)
        return node.val + max(l, r)

    gain(root)
    return best
