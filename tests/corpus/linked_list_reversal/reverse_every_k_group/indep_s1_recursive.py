# expect: accepted
# grokpat: reverse-every-k-group
import sys
sys.setrecursionlimit(20000)

class Solution:
    def reverse_k_group(self, head, k):
        node = head
        for _ in range(k):
            if node is None:
                return head
            node = node.next
        prev, cur = self.reverse_k_group(node, k), head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
