"""Reverse Alternating K-element Sub-lists: reference (reverse a group, skip a group) and oracle."""

import math
import random

from problems.nodes import ListNode


def reverse_alternating_k_group(head: ListNode | None, k: int) -> ListNode | None:
    """Reverse a full group of k, reconnect both ends, step over the next k nodes, repeat.
    Every node is walked at most twice: O(n) time, O(1) space."""
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe_node = before
        for _ in range(k):  # are there k nodes after `before`?
            probe_node = probe_node.next
            if probe_node is None:
                return dummy.next  # a short last group stays as it is
        first = before.next
        prev, curr = None, first
        for _ in range(k):
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        before.next = prev
        first.next = curr
        before = first  # the reversed group's last node
        for _ in range(k):  # step over the group that is kept
            before = before.next
            if before is None:
                return dummy.next


def brute_force(head: ListNode | None, k: int) -> ListNode | None:
    """Cut an array of values into slices of k; reverse the full slices at even slice indices."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    out = []
    for index, start in enumerate(range(0, len(values), k)):
        chunk = values[start : start + k]
        out += chunk[::-1] if index % 2 == 0 and len(chunk) == k else chunk
    dummy = tail = ListNode(0)
    for value in out:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def probe(n: int, rng: random.Random) -> dict:
    """Groups of k = n^(1/4) nodes (4 at n = 256, 11 at n = 16384), usually with a short
    last group: a solution that walks or counts from the head again for every group
    does n^2 / k = n^1.75 steps here."""
    return {"head": [rng.randint(0, 1000) for _ in range(n)], "k": max(2, math.isqrt(math.isqrt(n)))}
