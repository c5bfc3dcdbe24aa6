# expect: accepted
# grokpat: start-of-linked-list-cycle
class Solution:
    def cycle_start(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # the usual LeetCode 142 answer, with == / != on nodes
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow == fast:
                slow = head
                while slow != fast:
                    slow = slow.next
                    fast = fast.next
                return slow
        return None
