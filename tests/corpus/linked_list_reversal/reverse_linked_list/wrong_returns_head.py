# expect: wrong_answer
# grokpat: reverse-linked-list
def reverse_list(head):
    prev, curr = None, head
    while curr:
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    return head          # the old head is now the tail: the list reads as one node
