# expect: suboptimal
# grokpat: linked-list-cycle
def has_cycle(head) -> bool:
    # no extra memory: for each node, look for its successor among the nodes before it
    node, index = head, 0
    while node is not None:
        probe = head
        for _ in range(index + 1):
            if probe is node.next:
                return True
            probe = probe.next
        node = node.next
        index += 1
    return False
