# expect: suboptimal
# grokpat: reverse-every-k-group
def reverse_k_group(head, k):
    def length(node):
        n = 0
        while node:
            n, node = n + 1, node.next
        return n

    dummy = ListNode(0, head)
    before = dummy
    while length(before.next) >= k:      # counts everything that is left, every group
        first = before.next
        prev, curr = None, first
        for _ in range(k):
            curr.next, prev, curr = prev, curr, curr.next
        before.next = prev
        first.next = curr
        before = first
    return dummy.next
