# expect: accepted
# grokpat: reverse-linked-list
import sys
sys.setrecursionlimit(20000)

class Solution:
    def reverse_list(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverse_list(head.next)
        head.next.next = head
        head.next = None
        return new_head
