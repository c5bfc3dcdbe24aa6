# expect: suboptimal
# grokpat: reorder-list
def reorder_list(head) -> None:
    # repeatedly detach the current last node and splice it in after cur
    cur = head
    while cur and cur.next and cur.next.next:
        before_tail = cur
        while before_tail.next.next:
            before_tail = before_tail.next
        tail = before_tail.next
        before_tail.next = None
        tail.next = cur.next
        cur.next = tail
        cur = tail.next
