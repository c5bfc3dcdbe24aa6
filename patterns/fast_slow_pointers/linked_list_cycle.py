"""LinkedList Cycle: reference (Floyd's tortoise and hare) and oracle."""

from problems.nodes import ListNode


def has_cycle(head: ListNode | None) -> bool:
    """Slow moves one step, fast two: they meet only inside a cycle. O(n) time, O(1) space."""
    slow = fast = head
    while fast is not None and fast.next is not None:  # fast needs two valid steps
        slow = slow.next
        fast = fast.next.next
        if slow is fast:  # the same node object: fast has lapped slow
            return True
    return False  # fast reached the end of the list


def brute_force(head: ListNode | None) -> bool:
    """Remember every node seen (by identity): a node seen twice means a cycle. O(n) space."""
    seen = set()
    node = head
    while node is not None:
        if id(node) in seen:
            return True
        seen.add(id(node))
        node = node.next
    return False
