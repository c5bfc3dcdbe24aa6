# expect: wrong_answer
# grokpat: linked-list-cycle
# mistake: checks-before-moving
def has_cycle(head) -> bool:
    slow = fast = head
    while fast and fast.next:
        if slow is fast:            # true on the first pass: both start at head
            return True
        slow = slow.next
        fast = fast.next.next
    return False
