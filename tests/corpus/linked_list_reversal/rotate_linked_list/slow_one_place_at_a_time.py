# expect: suboptimal
# grokpat: rotate-linked-list
def rotate_right(head, k):
    if not head or not head.next:
        return head
    n, node = 0, head
    while node:
        n, node = n + 1, node.next
    for _ in range(k % n):               # move the last node to the front, k % n times
        before_tail = head
        while before_tail.next.next:
            before_tail = before_tail.next
        tail = before_tail.next
        before_tail.next = None
        tail.next = head
        head = tail
    return head
