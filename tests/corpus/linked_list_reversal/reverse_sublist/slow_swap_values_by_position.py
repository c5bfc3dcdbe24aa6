# expect: suboptimal
# grokpat: reverse-sublist
def reverse_between(head, p, q):
    def node_at(pos):                 # walk from the head every time
        node = head
        for _ in range(pos - 1):
            node = node.next
        return node

    i, j = p, q
    while i < j:
        a, b = node_at(i), node_at(j)
        a.val, b.val = b.val, a.val
        i += 1
        j -= 1
    return head
