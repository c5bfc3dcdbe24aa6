# expect: suboptimal
# grokpat: maximum-path-sum
def max_path_sum(root):
    def down(node):
        if node is None:
            return 0
        return node.val + max(0, down(node.left), down(node.right))

    def best(node):
        if node is None:
            return float("-inf")
        here = node.val + max(0, down(node.left)) + max(0, down(node.right))
        return max(here, best(node.left), best(node.right))

    return best(root)
