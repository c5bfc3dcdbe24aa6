# expect: wrong_answer
# grokpat: start-of-linked-list-cycle
# mistake: checks-before-moving
def cycle_start(head):
    if head is None:
        return None
    slow = fast = head
    while fast and fast.next and slow is not fast:   # never entered: both start at head
        slow, fast = slow.next, fast.next.next
    if fast is None or fast.next is None:
        return None
    slow = head
    while slow is not fast:
        slow, fast = slow.next, fast.next
    return slow
