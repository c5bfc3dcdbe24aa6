"""Reverse Every K-element Sub-list: reference (count k ahead, reverse, reconnect) and oracle."""

import math
import random

from problems.nodes import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    """Group by group: check that k nodes remain, reverse exactly k, reconnect both ends.
    Every node is walked twice (count, reverse): O(n) time, O(1) space."""
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe_node = before
        for _ in range(k):  # are there k nodes after `before`?
            probe_node = probe_node.next
            if probe_node is None:
                return dummy.next  # a short last group stays as it is
        first = before.next  # becomes the group's last node
        prev, curr = None, first
        for _ in range(k):
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        before.next = prev
        first.next = curr
        before = first


def brute_force(head: ListNode | None, k: int) -> ListNode | None:
    """Reverse full slices of an array of values, then build a new list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    out = []
    for start in range(0, len(values), k):
        chunk = values[start : start + k]
        out += chunk[::-1] if len(chunk) == k else chunk
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
