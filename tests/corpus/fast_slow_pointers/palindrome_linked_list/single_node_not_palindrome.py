# expect: wrong_answer
# grokpat: palindrome-linked-list
# mistake: single-node-case
def is_palindrome(head) -> bool:
    if head is None or head.next is None:
        return False            # a single value is a palindrome too
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    prev = None
    while slow:
        slow.next, prev, slow = prev, slow, slow.next
    second, ok, a, b = prev, True, head, prev
    while b:
        if a.val != b.val:
            ok = False
            break
        a, b = a.next, b.next
    prev = None
    while second:
        second.next, prev, second = prev, second, second.next
    return ok
