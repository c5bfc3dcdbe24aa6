# expect: wrong_answer
# grokpat: reorder-list
# mistake: relink-wrong
def reorder_list(head) -> None:
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    prev, cur = None, slow.next     # forgot slow.next = None: the first half still runs on
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    first, second = head, prev
    while second:
        first_next, second_next = first.next, second.next
        first.next, second.next = second, first_next
        first, second = first_next, second_next
