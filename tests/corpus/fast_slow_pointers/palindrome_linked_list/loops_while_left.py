# expect: runtime_error
# grokpat: palindrome-linked-list
def is_palindrome(head) -> bool:
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    prev = None
    while slow:
        slow.next, prev, slow = prev, slow, slow.next
    left, right = head, prev
    while left:                       # the first half is the longer walk: right runs out first
        if left.val != right.val:
            return False
        left, right = left.next, right.next
    return True
