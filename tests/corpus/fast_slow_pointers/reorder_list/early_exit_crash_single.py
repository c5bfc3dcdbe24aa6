# expect: runtime_error
# grokpat: reorder-list
def reorder_list(head) -> None:
    if not head.next.next:       # meant: fewer than three nodes -> nothing to do
        return
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    second, slow.next = slow.next, None
    prev = None
    while second:
        second.next, prev, second = prev, second, second.next
    first, second = head, prev
    while second:
        first_next, second_next = first.next, second.next
        first.next, second.next = second, first_next
        first, second = first_next, second_next
