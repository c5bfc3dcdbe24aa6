# expect: accepted
# grokpat: start-of-linked-list-cycle
class ListNode:
    def __init__(self, x):
        self.val = x
        self.next = None


def cycle_start(head: ListNode) -> ListNode:
    try:
        slow, fast = head.next, head.next.next
        while slow is not fast:
            slow, fast = slow.next, fast.next.next
    except AttributeError:
        return None
    slow = head
    while slow is not fast:
        slow, fast = slow.next, fast.next
    return slow
