# expect: wrong_answer
# grokpat: reverse-level-order
# mistake: empty-tree-nested
def reverse_level_order(root):
    levels = deque()
    current = [root]
    while True:
        levels.appendleft([n.val for n in current if n])
        current = [c for n in current if n for c in (n.left, n.right) if c]
        if not current:
            break
    return list(levels)
