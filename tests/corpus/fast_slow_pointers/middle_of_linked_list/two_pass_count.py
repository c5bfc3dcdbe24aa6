# expect: accepted
# grokpat: middle-of-linked-list
def middle_node(head):
    n, node = 0, head
    while node:
        n += 1
        node = node.next
    for _ in range(n // 2):
        head = head.next
    return head
