# expect: wrong_answer
# grokpat: rotate-linked-list
# mistake: count-off-by-one
def rotate_right(head, k):
    if not head or not head.next:
        return head
    n, tail = 0, head
    while tail.next:                     # counts the links, not the nodes
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
