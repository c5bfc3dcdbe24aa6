# expect: suboptimal
# grokpat: remove-nodes-from-linked-list
def remove_nodes(head):
    dummy = ListNode(0, head)
    prev, node = dummy, head
    while node:
        later, greater = node.next, False
        while later:                     # look for a greater value anywhere to the right
            if later.val > node.val:
                greater = True
                break
            later = later.next
        if greater:
            prev.next = node.next
        else:
            prev = node
        node = node.next
    return dummy.next
