"""Remove nodes with a greater value to their right: reference (reverse, filter, reverse) and oracle."""

import random

from problems.nodes import ListNode


def _reverse(head: ListNode | None) -> ListNode | None:
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev


def remove_nodes(head: ListNode | None) -> ListNode | None:
    """Reversed, the list is read from its end: a node stays when its value is at least
    every value kept before it (the maximum so far). Reverse back to restore the order.
    Three passes: O(n) time, O(1) space."""
    head = _reverse(head)
    kept = head  # the last node of the original list always stays
    node = head.next
    while node is not None:
        if node.val >= kept.val:  # kept.val is the largest value to the node's right
            kept.next = node
            kept = node
        node = node.next
    kept.next = None
    return _reverse(head)


def brute_force(head: ListNode | None) -> ListNode | None:
    """For every position, look at all later values: O(n^2). Builds a new list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    kept = [v for i, v in enumerate(values) if not any(w > v for w in values[i + 1 :])]
    dummy = tail = ListNode(0)
    for value in kept:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def inputs():
    """Lists of small values (many ties, which must all stay) or of any allowed values."""
    from hypothesis import strategies as st

    small = st.lists(st.integers(1, 6), min_size=1, max_size=30)
    wide = st.lists(st.integers(1, 100_000), min_size=1, max_size=30)
    return st.one_of(small, wide).map(lambda values: {"head": values})


def probe(n: int, rng: random.Random) -> dict:
    """A non-increasing list: nothing is removed, so a node-by-node scan for a greater
    value must read the whole rest of the list every time."""
    return {"head": sorted((rng.randint(1, 100_000) for _ in range(n)), reverse=True)}
