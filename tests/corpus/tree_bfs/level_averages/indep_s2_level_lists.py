# expect: accepted
# grokpat: level-averages


def level_averages(root):
    result = []
    level = [root]
    while level:
        result.append(sum(n.val for n in level) / len(level))
        level = [c for n in level for c in (n.left, n.right) if c]
    return result
