# expect: suboptimal
# grokpat: path-with-given-sequence
def has_sequence_path(root, sequence):
    paths = []

    def collect(node, path):
        if node is None:
            return
        path = path + [node.val]
        if node.left is None and node.right is None:
            paths.append(path)
            return
        collect(node.left, path)
        collect(node.right, path)

    collect(root, [])
    return any(p == sequence for p in paths)
