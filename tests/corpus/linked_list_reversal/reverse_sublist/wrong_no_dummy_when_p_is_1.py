# expect: wrong_answer
# grokpat: reverse-sublist
class Solution:
    def reverse_between(self, head: Optional[ListNode], p: int, q: int) -> Optional[ListNode]:
        if p == q:
            return head
        before = head
        for _ in range(p - 2):        # meant: the node before position p (there is none when p == 1)
            before = before.next
        sub_tail = before.next
        prev, curr = None, sub_tail
        for _ in range(q - p + 1):
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        before.next = prev
        sub_tail.next = curr
        return head
