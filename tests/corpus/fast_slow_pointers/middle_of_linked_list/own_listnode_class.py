# expect: accepted
# grokpat: middle-of-linked-list
from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None):
        self.val = val
        self.next = next


def middle_node(head: ListNode | None) -> ListNode | None:
    # fast starts one ahead and slow takes one extra step at the end when the length is even
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    return slow.next if fast is not None else slow
