# expect: suboptimal
# grokpat: middle-of-linked-list
def middle_node(head):
    # the middle is the node with as many nodes before it as from it to the end (or one fewer)
    before, node = 0, head
    while node is not None:
        rest, walker = 0, node
        while walker is not None:
            rest += 1
            walker = walker.next
        if rest - before in (0, 1):
            return node
        before += 1
        node = node.next
    return None
