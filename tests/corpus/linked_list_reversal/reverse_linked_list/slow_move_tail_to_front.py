# expect: suboptimal
# grokpat: reverse-linked-list
class Solution:
    def reverse_list(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # repeatedly detach the last node of the unreversed part and splice it in
        if not head:
            return None
        dummy = ListNode(0, head)
        insert_after = dummy
        while insert_after.next and insert_after.next.next:
            before_tail = insert_after
            while before_tail.next.next:          # walk to the node before the tail
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = insert_after.next
            insert_after.next = tail
            insert_after = tail
        return dummy.next
