# expect: wrong_answer
# grokpat: reverse-every-k-group
# mistake: reconnect-wrong
def reverse_k_group(head, k):
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
        before = prev                    # should be first, the group's new last node
