"""Reverse a Sub-list: reference (reverse q - p + 1 links, reconnect both ends) and oracle."""

import random

from problems.nodes import ListNode


def reverse_between(head: ListNode | None, p: int, q: int) -> ListNode | None:
    """Walk to the node before position p, reverse exactly q - p + 1 nodes, reconnect.

    A dummy node before the head makes p == 1 an ordinary case. One pass: O(n) time,
    O(1) space.
    """
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(p - 1):  # the node just before position p
        before = before.next
    sub_tail = before.next  # the stretch's first node becomes its last
    prev, curr = None, sub_tail
    for _ in range(q - p + 1):
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    before.next = prev  # the front part now leads to the stretch's new first node
    sub_tail.next = curr  # the stretch's new last node leads to the rest of the list
    return dummy.next


def brute_force(head: ListNode | None, p: int, q: int) -> ListNode | None:
    """Slice the array of values: values[:p-1] + reversed(values[p-1:q]) + values[q:], as a new list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    values = values[: p - 1] + values[p - 1 : q][::-1] + values[q:]
    dummy = tail = ListNode(0)
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def probe(n: int, rng: random.Random) -> dict:
    """A stretch covering almost the whole list: a naive reversal that walks from the head
    for every swapped pair is quadratic here."""
    return {
        "head": [rng.randint(-500, 500) for _ in range(n)],
        "p": rng.randint(1, max(1, n // 16)),
        "q": rng.randint(n - n // 16, n),
    }
