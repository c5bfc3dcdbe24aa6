# expect: wrong_answer
# grokpat: swap-nodes-in-pairs
# mistake: reconnect-wrong
class Solution:
    def swap_pairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if not head or not head.next:
            return head
        new_head = head.next
        cur = head
        while cur and cur.next:
            a, b = cur, cur.next
            nxt = b.next
            b.next = a
            a.next = nxt.next if nxt else None   # a lone last node is cut off
            cur = nxt
        return new_head
