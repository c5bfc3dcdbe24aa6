# expect: wrong_answer
# grokpat: maximum-width-of-tree
# mistake: width-counts-nodes
def width_of_binary_tree(root):
    best = 0
    level = [root]
    while level:
        best = max(best, len(level))  # the empty positions in between are not counted
        level = [c for n in level for c in (n.left, n.right) if c]
    return best
