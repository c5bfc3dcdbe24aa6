# expect: wrong_answer
# grokpat: rotate-linked-list
# mistake: rotates-left
def rotate_right(head, k):
    if not head:
        return None
    n, tail = 1, head
    while tail.next:
        tail, n = tail.next, n + 1
    r = k % n
    if r == 0:
        return head
    tail.next = head
    new_tail = head
    for _ in range(r - 1):               # cuts after r nodes: that is a rotation to the left
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    return new_head
