# expect: accepted
# grokpat: reorder-list
from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def split(head: ListNode) -> Optional[ListNode]:
    slow, fast = head, head.next
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    second, slow.next = slow.next, None
    return second


def reverse(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev


def merge(a: ListNode, b: Optional[ListNode]) -> None:
    while b:
        a_next, b_next = a.next, b.next
        a.next, b.next = b, a_next
        a, b = a_next, b_next


def reorder_list(head: Optional[ListNode]) -> None:
    if head and head.next:
        merge(head, reverse(split(head)))
