# expect: accepted
# grokpat: reorder-list
class Solution:
    def reorder_list(self, head: Optional[ListNode]) -> None:
        """
        Do not return anything, modify head in-place instead.
        """
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        prev, cur = None, slow.next
        slow.next = None
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        first, second = head, prev
        while second:
            first.next, first = second, first.next
            second.next, second = first, second.next
