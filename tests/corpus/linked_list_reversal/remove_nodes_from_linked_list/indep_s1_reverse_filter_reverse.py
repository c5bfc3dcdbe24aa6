# expect: accepted
# grokpat: remove-nodes-from-linked-list
def _reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev

def remove_nodes(head):
    head = _reverse(head)
    keep = head
    best = head.val
    cur = head
    while cur.next:
        if cur.next.val < best:
            cur.next = cur.next.next
        else:
            cur = cur.next
            best = cur.val
    return _reverse(keep)
