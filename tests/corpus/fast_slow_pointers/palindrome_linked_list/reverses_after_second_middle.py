# expect: wrong_answer
# grokpat: palindrome-linked-list
# mistake: wrong-middle
def is_palindrome(head) -> bool:
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    # slow is already the second middle; starting after it skips a value on even lengths
    prev, cur = None, slow.next
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    second, ok, p = prev, True, head
    q = second
    while q:
        if p.val != q.val:
            ok = False
            break
        p, q = p.next, q.next
    cur, prev = second, None
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    slow.next = prev
    return ok
