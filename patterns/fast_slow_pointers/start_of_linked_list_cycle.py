"""Start of LinkedList Cycle: reference (Floyd's two-phase algorithm), oracle and hooks.

Node values are distinct in every generated input: the judge sees the answer node as
the list read from it onward, and distinct values make that identify the node.
"""

import random

from problems.nodes import ListNode


def cycle_start(head: ListNode | None) -> ListNode | None:
    """Phase 1: slow and fast meet inside the cycle. Phase 2: restart one from head,
    move both one step at a time; they meet at the cycle start. O(n) time, O(1) space.

    Why: if head->start is a nodes, start->meeting is b nodes and the cycle has c nodes,
    fast walked 2(a + b) = a + b + m*c, so a = m*c - b: walking a steps from the meeting
    point lands on the start, exactly when a pointer walking a steps from head does.
    """
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:  # phase 1 done: we are inside the cycle
            finder = head
            while finder is not slow:  # phase 2: both move ONE step at a time
                finder = finder.next
                slow = slow.next
            return finder
    return None  # fast ran off the end: no cycle


def brute_force(head: ListNode | None) -> ListNode | None:
    """Walk from head, remembering every node: the first node seen twice is the start."""
    seen = set()
    node = head
    while node is not None:
        if id(node) in seen:
            return node
        seen.add(id(node))
        node = node.next
    return None


def inputs():
    """Lists of distinct values, about two thirds of them with a cycle."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw_):
        values = draw_(st.lists(st.integers(-100, 100), min_size=0, max_size=30, unique=True))
        if not values or draw_(st.integers(0, 2)) == 0:
            return {"head": values}
        return {"head": {"values": values, "pos": draw_(st.integers(0, len(values) - 1))}}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n distinct values with the tail linking back to a random node: both phases run."""
    values = rng.sample(range(-(10**5), 10**5 + 1), n)
    return {"head": {"values": values, "pos": rng.randrange(n)}}
