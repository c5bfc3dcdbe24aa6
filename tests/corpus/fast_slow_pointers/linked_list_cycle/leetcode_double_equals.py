# expect: accepted
# grokpat: linked-list-cycle
class Solution:
    def has_cycle(self, head: Optional[ListNode]) -> bool:
        # the most common LeetCode answer: == on nodes (identity there, no __eq__ defined)
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow == fast:
                return True
        return False
