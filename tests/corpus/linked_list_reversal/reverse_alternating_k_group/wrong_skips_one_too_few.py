# expect: wrong_answer
# grokpat: reverse-alternating-k-group
# mistake: count-off-by-one
def reverse_alternating_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while True:
        node = before
        for _ in range(k):
            node = node.next
            if node is None:
                return dummy.next
        first = before.next
        prev, curr = None, first
        for _ in range(k):
            curr.next, prev, curr = prev, curr, curr.next
        before.next = prev
        first.next = curr
        before = first
        for _ in range(k - 1):           # off by one: stops on the kept group's next-to-last node
            before = before.next
            if before is None:
                return dummy.next
