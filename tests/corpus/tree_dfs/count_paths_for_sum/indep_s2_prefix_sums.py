# expect: accepted
# grokpat: count-paths-for-sum


def count_paths(root, target):
    # iterative DFS with prefix-sum counts; each node visited on enter and exit
    if root is None:
        return 0
    seen = defaultdict(int)
    seen[0] = 1
    total = 0
    stack = [(root, 0, False)]
    while stack:
        node, before, leaving = stack.pop()
        cur = before + node.val
        if leaving:
            seen[cur] -= 1
            continue
        total += seen[cur - target]
        seen[cur] += 1
        stack.append((node, before, True))
        if node.right:
            stack.append((node.right, cur, False))
        if node.left:
            stack.append((node.left, cur, False))
    return total
