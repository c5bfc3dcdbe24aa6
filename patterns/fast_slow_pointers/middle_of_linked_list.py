"""Middle of the LinkedList: reference (fast and slow pointers) and oracle."""

from problems.nodes import ListNode


def middle_node(head: ListNode | None) -> ListNode | None:
    """Fast moves two steps per step of slow: when fast ends, slow is halfway. O(n), O(1) space."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    # odd length: fast stops on the last node, slow on the middle;
    # even length: fast stops at None, slow on the second middle
    return slow


def brute_force(head: ListNode | None) -> ListNode | None:
    """Put every node in an array and index it at len // 2. O(n) space."""
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    return nodes[len(nodes) // 2] if nodes else None
