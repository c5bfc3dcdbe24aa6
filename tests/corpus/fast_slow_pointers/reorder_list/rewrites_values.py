# expect: accepted
# grokpat: reorder-list
def reorder_list(head) -> None:
    # keep the links, write the values in the new order
    vals, node = [], head
    while node:
        vals.append(node.val)
        node = node.next
    i, j, take_front, node = 0, len(vals) - 1, True, head
    while node:
        if take_front:
            node.val, i = vals[i], i + 1
        else:
            node.val, j = vals[j], j - 1
        take_front = not take_front
        node = node.next
