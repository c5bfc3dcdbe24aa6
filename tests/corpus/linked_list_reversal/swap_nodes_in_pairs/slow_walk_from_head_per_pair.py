# expect: suboptimal
# grokpat: swap-nodes-in-pairs
def swap_pairs(head):
    dummy = ListNode(0, head)
    i = 0
    while True:
        prev = dummy
        for _ in range(i):               # find the node before pair i, from the start each time
            prev = prev.next
        a = prev.next
        if a is None or a.next is None:
            return dummy.next
        b = a.next
        a.next, b.next, prev.next = b.next, a, b
        i += 2
