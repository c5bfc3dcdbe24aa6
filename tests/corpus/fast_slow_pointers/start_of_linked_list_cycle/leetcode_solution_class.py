# expect: accepted
# grokpat: start-of-linked-list-cycle
class Solution:
    def cycle_start(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                break
        else:
            return None
        slow = head
        while slow is not fast:
            slow, fast = slow.next, fast.next
        return slow
