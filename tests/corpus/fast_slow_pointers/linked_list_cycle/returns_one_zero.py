# expect: wrong_answer
# grokpat: linked-list-cycle
# mistake: returns-value-not-node
class Solution:
    def has_cycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return 1
        return 0
