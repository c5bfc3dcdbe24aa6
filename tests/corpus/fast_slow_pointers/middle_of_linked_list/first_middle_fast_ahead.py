# expect: wrong_answer
# grokpat: middle-of-linked-list
# mistake: wrong-middle
def middle_node(head):
    slow, fast = head, head.next
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow                 # the first middle when the length is even
