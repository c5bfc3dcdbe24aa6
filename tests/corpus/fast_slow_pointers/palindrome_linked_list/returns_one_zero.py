# expect: wrong_answer
# grokpat: palindrome-linked-list
# mistake: returns-value-not-node
class Solution:
    def is_palindrome(self, head):
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        i, j = 0, len(vals) - 1
        while i < j:
            if vals[i] != vals[j]:
                return 0
            i, j = i + 1, j - 1
        return 1
