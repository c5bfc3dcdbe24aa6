# expect: wrong_answer
# grokpat: reverse-sublist
# mistake: reconnect-wrong
def reverse_between(head, p, q):
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(p - 1):
        before = before.next
    prev, curr = None, before.next
    for _ in range(q - p + 1):
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    before.next = prev                # the stretch's last node still points to None: the rest is cut off
    return dummy.next
