# expect: suboptimal
# grokpat: start-of-linked-list-cycle
def cycle_start(head):
    # no set allowed: for each node, look for its successor among the nodes already walked
    node, steps = head, 0
    while node is not None:
        nxt, probe = node.next, head
        for _ in range(steps + 1):
            if probe is nxt:
                return nxt
            probe = probe.next
        node, steps = nxt, steps + 1
    return None
