# expect: accepted
# grokpat: reorder-list
def reorder_list(head) -> None:
    n, node = 0, head
    while node:
        n, node = n + 1, node.next

    # rec(node, k) reorders the k nodes from node and returns the node after them
    def rec(node, k):
        if k == 1:
            after = node.next
            node.next = None
            return after
        if k == 2:
            after = node.next.next
            node.next.next = None
            return after
        back = rec(node.next, k - 2)     # inner part done; back is this level's last node
        after = back.next
        back.next = node.next
        node.next = back
        return after

    rec(head, n)
