# expect: accepted
# grokpat: maximum-width-of-tree


def width_of_binary_tree(root):
    best = 0
    level = [(root, 0)]
    while level:
        base = level[0][1]
        best = max(best, level[-1][1] - level[0][1] + 1)
        nxt = []
        for node, pos in level:
            p = pos - base  # keep numbers small
            if node.left:
                nxt.append((node.left, 2 * p))
            if node.right:
                nxt.append((node.right, 2 * p + 1))
        level = nxt
    return best
