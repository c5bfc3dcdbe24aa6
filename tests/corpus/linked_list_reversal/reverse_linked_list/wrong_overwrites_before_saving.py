# expect: wrong_answer
# grokpat: reverse-linked-list
def reverse_list(head):
    prev, curr = None, head
    while curr:
        curr.next = prev          # the rest of the list is lost here
        prev = curr
        curr = curr.next          # ... so this follows the link just flipped (None on the first step)
    return prev
