# expect: wrong_answer
# grokpat: sum-of-path-numbers
# mistake: digits-reversed
def sum_path_numbers(root):
    total = 0

    def dfs(node, num, place):
        nonlocal total
        num += node.val * place  # builds the number from the leaf end
        if not node.left and not node.right:
            total += num
            return
        for child in (node.left, node.right):
            if child:
                dfs(child, num, place * 10)

    dfs(root, 0, 1)
    return total
