# expect: wrong_answer
# grokpat: remove-nodes-from-linked-list
# mistake: not-reversed-back
def remove_nodes(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    head = prev
    kept, node = head, head.next
    while node:
        if node.val >= kept.val:
            kept.next = node
            kept = node
        node = node.next
    kept.next = None
    return head                          # still reversed
