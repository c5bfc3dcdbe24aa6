# expect: wrong_answer
# grokpat: reverse-every-k-group
# mistake: short-group-reversed
def reverse_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while before.next:                   # never checks that k nodes remain
        first = before.next
        prev, curr = None, first
        count = 0
        while curr and count < k:
            curr.next, prev, curr = prev, curr, curr.next
            count += 1
        before.next = prev
        first.next = curr
        before = first
    return dummy.next
