# expect: wrong_answer
# grokpat: reverse-linked-list
# mistake: count-off-by-one
def reverse_list(head):
    if head is None:
        return None
    prev, curr = None, head
    while curr.next:              # stops one node early: the old tail is never linked back
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    return prev
