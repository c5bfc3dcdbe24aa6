"""Rotate a LinkedList: reference (close a ring, cut it n - k % n nodes in) and oracle."""

import random

from problems.nodes import ListNode


def rotate_right(head: ListNode | None, k: int) -> ListNode | None:
    """Only k % n places matter. Close the list into a ring and cut it before the node at
    index n - k % n, which becomes the head. Two walks: O(n) time, O(1) space."""
    if head is None:
        return None
    n, tail = 1, head
    while tail.next is not None:  # count the nodes and find the tail
        tail = tail.next
        n += 1
    r = k % n
    if r == 0:
        return head
    tail.next = head  # a ring
    new_tail = head
    for _ in range(n - r - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None  # cut the ring open
    return new_head


def brute_force(head: ListNode | None, k: int) -> ListNode | None:
    """Rotate an array of values one place at a time, k % n times, then build a new list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    if values:
        for _ in range(k % len(values)):
            values.insert(0, values.pop())
    dummy = tail = ListNode(0)
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def probe(n: int, rng: random.Random) -> dict:
    """A rotation by about half the list plus many full turns: rotating one place at a
    time is quadratic here even after taking k % n."""
    return {"head": [rng.randint(-100, 100) for _ in range(n)], "k": rng.randint(n // 4, 3 * n // 4) + n * rng.randint(0, 1000)}
