# expect: wrong_answer
# grokpat: path-sum
# mistake: prunes-past-target
def has_path_sum(root, target):
    stack = [(root, 0)] if root else []
    while stack:
        node, s = stack.pop()
        s += node.val
        if s > target:  # values can be negative: a later node may bring the sum back down
            continue
        if not node.left and not node.right and s == target:
            return True
        for child in (node.left, node.right):
            if child:
                stack.append((child, s))
    return False
