# expect: accepted
# grokpat: linked-list-cycle
def has_cycle(head):
    try:
        slow, fast = head, head.next
        while slow is not fast:
            slow = slow.next
            fast = fast.next.next
        return True
    except AttributeError:   # fast fell off the end (or head was None)
        return False
