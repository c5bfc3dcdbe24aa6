# expect: wrong_answer
# grokpat: swap-nodes-in-pairs
# mistake: reconnect-wrong
def swap_pairs(head):
    if not head or not head.next:
        return head
    new_head = head.next
    cur = head
    while cur and cur.next:
        a, b = cur, cur.next
        nxt = b.next
        b.next = a
        a.next = nxt          # should point to the *second* node of the next pair, once swapped
        cur = nxt
    return new_head
