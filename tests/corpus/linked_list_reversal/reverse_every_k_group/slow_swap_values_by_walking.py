# expect: suboptimal
# grokpat: reverse-every-k-group
class Solution:
    def reverse_k_group(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        start = head
        for _ in range(n // k):
            i, j = 0, k - 1
            while i < j:                 # swap the values at offsets i and j, walking to each
                a = start
                for _ in range(i):
                    a = a.next
                b = start
                for _ in range(j):
                    b = b.next
                a.val, b.val = b.val, a.val
                i, j = i + 1, j - 1
            for _ in range(k):
                start = start.next
        return head
