# expect: wrong_answer
# grokpat: reverse-sublist
# mistake: count-off-by-one
def reverse_between(head, p, q):
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(p - 1):
        before = before.next
    sub_tail = before.next
    prev, curr = None, sub_tail
    for _ in range(q - p):            # off by one: the node at position q stays put
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    before.next = prev
    sub_tail.next = curr
    return dummy.next
