"""Merge K Sorted Lists: reference (a min-heap of the k fronts) and oracle."""

import heapq
import random

from problems.nodes import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    """The next node is always the smallest of the k fronts: keep them in a min-heap.
    Each of the n nodes is pushed and popped once, O(log k) each: O(n log k) time,
    O(k) space. The list index breaks ties, so two nodes are never compared."""
    heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode(0)
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next


def brute_force(lists: list[ListNode | None]) -> ListNode | None:
    """Collect every value, sort, build a new list."""
    values = []
    for node in lists:
        while node is not None:
            values.append(node.val)
            node = node.next
    dummy = tail = ListNode(0)
    for value in sorted(values):
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def inputs():
    """Up to 8 lists, often with values from a narrow range (ties within and across lists)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        span = draw(st.sampled_from([3, 20, 10_000]))
        one = st.lists(st.integers(-span, span), max_size=8).map(sorted)
        return {"lists": draw(st.lists(one, max_size=8))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """k grows with n: n / 8 lists of 8 nodes on average, values spread over all lists.
    Merging the lists one by one (n * k) is quadratic here, a heap or pairwise merging
    is O(n log n)."""
    k = max(2, n // 8)
    buckets: list[list[int]] = [[] for _ in range(k)]
    for _ in range(n):
        buckets[rng.randrange(k)].append(rng.randint(-10_000, 10_000))
    return {"lists": [sorted(b) for b in buckets]}
