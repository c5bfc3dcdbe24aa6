# expect: wrong_answer
# grokpat: reorder-list
# mistake: relink-wrong
def reorder_list(head) -> None:
    if not head or not head.next:
        return
    slow, fast = head, head.next
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    second, slow.next = slow.next, None
    prev = None
    while second:
        second.next, prev, second = prev, second, second.next
    first, second = head, prev
    while second and second.next:     # drops the last node of the reversed half
        first_next, second_next = first.next, second.next
        first.next, second.next = second, first_next
        first, second = first_next, second_next
