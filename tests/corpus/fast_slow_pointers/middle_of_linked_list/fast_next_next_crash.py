# expect: runtime_error
# grokpat: middle-of-linked-list
def middle_node(head):
    slow = fast = head
    while fast.next is not None:        # fast can jump to None on an even length
        slow = slow.next
        fast = fast.next.next
    return slow
