# expect: runtime_error
# grokpat: start-of-linked-list-cycle
def cycle_start(head):
    slow, fast = head.next, head.next.next if head.next else None   # head may be None
    while fast and fast.next and slow is not fast:
        slow, fast = slow.next, fast.next.next
    if slow is not fast:
        return None
    slow = head
    while slow is not fast:
        slow, fast = slow.next, fast.next
    return slow
