# expect: suboptimal
# grokpat: merge-k-sorted-lists
class Solution:
    def merge_k_lists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        fronts = [h for h in lists if h]
        dummy = tail = ListNode()
        while fronts:
            best = 0
            for i in range(1, len(fronts)):      # a linear scan for the smallest front, every step
                if fronts[i].val < fronts[best].val:
                    best = i
            node = fronts[best]
            tail.next = node
            tail = node
            if node.next:
                fronts[best] = node.next
            else:
                fronts.pop(best)
        return dummy.next
