# expect: wrong_answer
# grokpat: middle-of-linked-list
# mistake: wrong-middle
def middle_node(head):
    slow = fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return slow
