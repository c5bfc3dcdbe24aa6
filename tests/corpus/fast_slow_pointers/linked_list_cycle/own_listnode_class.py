# expect: accepted
# grokpat: linked-list-cycle
from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def has_cycle(head: Optional[ListNode]) -> bool:
    tortoise = hare = head
    while hare is not None and hare.next is not None:
        tortoise, hare = tortoise.next, hare.next.next
        if id(tortoise) == id(hare):
            return True
    return False
