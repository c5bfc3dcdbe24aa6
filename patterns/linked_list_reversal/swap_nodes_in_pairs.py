"""Swap Nodes in Pairs: reference (relink each pair behind a moving `prev`) and oracle."""

import random

from problems.nodes import ListNode


def swap_pairs(head: ListNode | None) -> ListNode | None:
    """Each pair a, b behind `prev` becomes b, a: three links change per pair. O(n) time, O(1) space."""
    dummy = ListNode(0, head)
    prev = dummy
    while prev.next is not None and prev.next.next is not None:
        a = prev.next
        b = a.next
        a.next = b.next  # a now leads to the rest of the list
        b.next = a
        prev.next = b  # the part before the pair leads to b
        prev = a  # a is the pair's last node: the next pair hangs after it
    return dummy.next


def brute_force(head: ListNode | None) -> ListNode | None:
    """Swap neighbouring values in an array, then build a new list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    for i in range(0, len(values) - 1, 2):
        values[i], values[i + 1] = values[i + 1], values[i]
    dummy = tail = ListNode(0)
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def probe(n: int, rng: random.Random) -> dict:
    """n random values: every pair has to be swapped."""
    return {"head": [rng.randint(0, 100) for _ in range(n)]}
