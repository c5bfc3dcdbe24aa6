# expect: wrong_answer
# grokpat: path-sum
# mistake: path-end-not-at-leaf
def has_path_sum(root, target):
    if root is None:
        return False
    if root.val == target:  # a node that still has children is not a leaf
        return True
    return has_path_sum(root.left, target - root.val) or has_path_sum(root.right, target - root.val)
