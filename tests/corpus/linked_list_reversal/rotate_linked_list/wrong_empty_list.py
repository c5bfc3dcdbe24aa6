# expect: runtime_error
# grokpat: rotate-linked-list
def rotate_right(head, k):
    n, tail = 1, head
    while tail.next:                     # crashes on an empty list
        tail, n = tail.next, n + 1
    r = k % n
    if r == 0:
        return head
    tail.next = head
    new_tail = head
    for _ in range(n - r - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    return new_head
