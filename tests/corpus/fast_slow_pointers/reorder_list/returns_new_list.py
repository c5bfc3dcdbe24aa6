# expect: wrong_answer
# grokpat: reorder-list
# mistake: new-list-not-relinked
def reorder_list(head):
    vals = []
    while head:
        vals.append(head.val)
        head = head.next
    order, i, j = [], 0, len(vals) - 1
    while i <= j:
        order.append(vals[i])
        if i != j:
            order.append(vals[j])
        i, j = i + 1, j - 1
    dummy = tail = ListNode()
    for v in order:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next              # a new list; the caller's list is untouched
