"""Rearrange a LinkedList: reference (middle, reverse, merge) and oracle."""

from problems.nodes import ListNode


def reorder_list(head: ListNode | None) -> None:
    """Find the middle, reverse the second half, interleave the halves. O(n), O(1) space."""
    if head is None or head.next is None:
        return

    # 1. middle: slow stops on the last node of the first half
    #    (the first half gets the extra node when the length is odd)
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next

    # 2. cut after the first half and reverse the second half in place
    second, slow.next = slow.next, None
    prev = None
    while second is not None:
        second.next, prev, second = prev, second, second.next
    second = prev

    # 3. interleave: first-half node, then a node from the reversed second half
    first = head
    while second is not None:
        first_next, second_next = first.next, second.next
        first.next = second
        second.next = first_next
        first, second = first_next, second_next


def brute_force(head: ListNode | None) -> None:
    """Collect the nodes into an array and relink them in the order 0, n-1, 1, n-2, ..."""
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    order = []
    i, j = 0, len(nodes) - 1
    while i <= j:
        order.append(nodes[i])
        if i != j:
            order.append(nodes[j])
        i += 1
        j -= 1
    for a, b in zip(order, order[1:]):
        a.next = b
    if order:
        order[-1].next = None
