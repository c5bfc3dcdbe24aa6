# expect: accepted
# grokpat: palindrome-linked-list
from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverse(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    while head:
        nxt = head.next
        head.next = prev
        prev, head = head, nxt
    return prev


def end_of_first_half(head: ListNode) -> ListNode:
    slow, fast = head, head
    while fast.next and fast.next.next:
        slow, fast = slow.next, fast.next.next
    return slow


def is_palindrome(head: Optional[ListNode]) -> bool:
    first_end = end_of_first_half(head)
    second = reverse(first_end.next)
    a, b, result = head, second, True
    while result and b:
        result = a.val == b.val
        a, b = a.next, b.next
    first_end.next = reverse(second)
    return result
