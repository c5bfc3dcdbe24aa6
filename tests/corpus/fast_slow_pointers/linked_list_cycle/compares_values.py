# expect: wrong_answer
# grokpat: linked-list-cycle
# mistake: compares-values
def has_cycle(head) -> bool:
    if head is None:
        return False
    slow, fast = head, head.next
    while fast and fast.next:
        if slow.val == fast.val:     # equal values, not necessarily the same node
            return True
        slow = slow.next
        fast = fast.next.next
    return False
