# expect: accepted
# grokpat: reverse-alternating-k-group
def reverse_alternating_k_group(head, k):
    if k <= 1 or head is None:
        return head
    dummy = ListNode(0)
    dummy.next = head
    tail = dummy  # last node of the processed part
    reverse = True
    while tail.next:
        # does a full group remain?
        probe = tail
        count = 0
        while probe.next and count < k:
            probe = probe.next
            count += 1
        if count < k:
            break
        if reverse:
            first = tail.next
            prev, cur = None, first
            for _ in range(k):
                nxt = cur.next
                cur.next = prev
                prev, cur = cur, nxt
            tail.next = prev
            first.next = cur
            tail = first
        else:
            tail = probe
        reverse = not reverse
    return dummy.next
