# expect: accepted
# grokpat: linked-list-cycle
def has_cycle(head) -> bool:
    # reverse the list in place: with a cycle the reversal walks back out to head
    if head is None or head.next is None:
        return False
    prev, cur = None, head
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    return prev is head
