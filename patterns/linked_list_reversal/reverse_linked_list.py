"""Reverse a LinkedList: reference (flip every link in one pass) and oracle."""

import random

from problems.nodes import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    """Walk once, turning each `next` backward; `prev` ends on the old tail. O(n) time, O(1) space."""
    prev, curr = None, head
    while curr is not None:
        nxt = curr.next  # save the rest before the link is overwritten
        curr.next = prev
        prev, curr = curr, nxt
    return prev


def brute_force(head: ListNode | None) -> ListNode | None:
    """Read the values into an array and build a brand-new list from its end. O(n) space."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    new_head = None
    for value in values:  # prepending each value in order leaves the last one in front
        new_head = ListNode(value, new_head)
    return new_head


def probe(n: int, rng: random.Random) -> dict:
    """A list of n random values: every reversal has to touch every node."""
    return {"head": [rng.randint(-5000, 5000) for _ in range(n)]}
