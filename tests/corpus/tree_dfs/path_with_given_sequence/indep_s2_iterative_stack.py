# expect: accepted
# grokpat: path-with-given-sequence


def has_sequence_path(root, sequence):
    n = len(sequence)
    stack = [(root, 0)]
    while stack:
        node, i = stack.pop()
        if i >= n or node.val != sequence[i]:
            continue
        if node.left is None and node.right is None:
            if i == n - 1:
                return True
            continue
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, i + 1))
    return False
