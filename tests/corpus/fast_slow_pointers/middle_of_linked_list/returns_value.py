# expect: wrong_answer
# grokpat: middle-of-linked-list
# mistake: returns-value-not-node
class Solution:
    def middle_node(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.val
