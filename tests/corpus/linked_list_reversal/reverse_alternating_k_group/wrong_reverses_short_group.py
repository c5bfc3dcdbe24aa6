# expect: wrong_answer
# grokpat: reverse-alternating-k-group
# mistake: short-group-reversed
def reverse_alternating_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while before and before.next:
        first = before.next
        prev, curr, count = None, first, 0
        while curr and count < k:        # reverses whatever is left, even fewer than k nodes
            curr.next, prev, curr = prev, curr, curr.next
            count += 1
        before.next = prev
        first.next = curr
        before = first
        for _ in range(k):
            if before is None:
                break
            before = before.next
    return dummy.next
