# expect: suboptimal
# grokpat: reverse-alternating-k-group
def reverse_alternating_k_group(head, k):
    dummy = ListNode(0, head)
    g = 0
    while True:
        before = dummy
        for _ in range(g * k):           # find the node before group g from the start each time
            before = before.next
            if before is None:
                return dummy.next
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
        g += 2
