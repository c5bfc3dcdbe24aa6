# expect: wrong_answer
# grokpat: middle-of-linked-list
# mistake: wrong-middle
def middle_node(head):
    count, node = 0, head
    while node:
        count += 1
        node = node.next
    node = head
    for _ in range((count - 1) // 2):   # lands on the first middle for even lengths
        node = node.next
    return node
