# expect: accepted
# grokpat: palindrome-linked-list
def is_palindrome(head) -> bool:
    # reverse the first half while the fast pointer runs, compare, then undo
    rev, slow, fast = None, head, head
    while fast and fast.next:
        fast = fast.next.next
        slow.next, rev, slow = rev, slow, slow.next
    mid = slow
    tail = slow.next if fast else slow   # skip the middle value of an odd length
    ok, a, b = True, rev, tail
    while b:
        if a.val != b.val:
            ok = False
            break
        a, b = a.next, b.next
    while rev:                           # restore: re-reverse the first half onto mid
        rev.next, mid, rev = mid, rev, rev.next
    return ok
