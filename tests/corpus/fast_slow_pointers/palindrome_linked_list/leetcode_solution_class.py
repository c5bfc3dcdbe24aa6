# expect: accepted
# grokpat: palindrome-linked-list
class Solution:
    def is_palindrome(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        second = self.reverse(slow)
        p, q, ok = head, second, True
        while q:
            if p.val != q.val:
                ok = False
                break
            p, q = p.next, q.next
        self.reverse(second)
        return ok

    def reverse(self, node):
        prev = None
        while node:
            node.next, prev, node = prev, node, node.next
        return prev
