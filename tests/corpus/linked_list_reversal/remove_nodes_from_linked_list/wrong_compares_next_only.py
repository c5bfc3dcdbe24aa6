# expect: wrong_answer
# grokpat: remove-nodes-from-linked-list
# mistake: remove-nodes-compare
def remove_nodes(head):
    dummy = ListNode(0, head)
    prev, node = dummy, head
    while node:
        if node.next and node.next.val > node.val:   # only the neighbour, not everything to the right
            prev.next = node.next
        else:
            prev = node
        node = node.next
    return dummy.next
