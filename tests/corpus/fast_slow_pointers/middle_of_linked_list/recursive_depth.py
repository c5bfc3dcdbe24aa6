# expect: accepted
# grokpat: middle-of-linked-list
def middle_node(head):
    # each call returns (length of the rest, middle of the whole list once known)
    def walk(node, index):
        if node is None:
            return index, None
        total, mid = walk(node.next, index + 1)
        if index == total // 2:
            mid = node
        return total, mid

    return walk(head, 0)[1]
