# expect: runtime_error
# grokpat: linked-list-cycle
def has_cycle(head) -> bool:
    slow = fast = head
    while fast.next and fast.next.next:     # head may be None
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
