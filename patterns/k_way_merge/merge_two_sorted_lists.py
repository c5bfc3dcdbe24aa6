"""Merge Two Sorted Lists: reference (splice the smaller front each step) and oracle."""

import random

from problems.nodes import ListNode


def merge_two_lists(list1: ListNode | None, list2: ListNode | None) -> ListNode | None:
    """The next node of the merged list is always the smaller of the two fronts.
    One pass over both lists: O(n) time, O(1) extra space (nodes are spliced, not copied)."""
    dummy = tail = ListNode(0)
    while list1 is not None and list2 is not None:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = list1 if list1 is not None else list2  # the rest is already sorted
    return dummy.next


def brute_force(list1: ListNode | None, list2: ListNode | None) -> ListNode | None:
    """Collect every value, sort them, build a new list."""
    values = []
    for node in (list1, list2):
        while node is not None:
            values.append(node.val)
            node = node.next
    dummy = tail = ListNode(0)
    for value in sorted(values):
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def probe(n: int, rng: random.Random) -> dict:
    """Two lists of n / 2 interleaving values: inserting the nodes of one list into the
    other, walking from the head for each, is quadratic here."""
    half = n // 2
    return {
        "list1": sorted(rng.randint(-100, 100) for _ in range(half)),
        "list2": sorted(rng.randint(-100, 100) for _ in range(n - half)),
    }
