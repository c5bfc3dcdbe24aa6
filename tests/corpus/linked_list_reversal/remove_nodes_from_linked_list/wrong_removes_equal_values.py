# expect: wrong_answer
# grokpat: remove-nodes-from-linked-list
# mistake: remove-nodes-compare
def remove_nodes(head):
    def reverse(node):
        prev = None
        while node:
            node.next, prev, node = prev, node, node.next
        return prev

    head = reverse(head)
    kept, node = head, head.next
    while node:
        if node.val > kept.val:          # should be >=: an equal value to the right removes nothing
            kept.next = node
            kept = node
        node = node.next
    kept.next = None
    return reverse(head)
