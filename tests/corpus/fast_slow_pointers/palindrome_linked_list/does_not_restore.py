# expect: wrong_answer
# grokpat: palindrome-linked-list
# mistake: not-restored
def is_palindrome(head) -> bool:
    # right answer, but the second half is left reversed: the list is not restored
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    prev = None
    while slow:
        slow.next, prev, slow = prev, slow, slow.next
    while prev:
        if prev.val != head.val:
            return False
        prev, head = prev.next, head.next
    return True
