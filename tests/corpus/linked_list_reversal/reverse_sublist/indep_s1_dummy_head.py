# expect: accepted
# grokpat: reverse-sublist
from grokpat import ListNode

def reverse_between(head, p, q):
    dummy = ListNode(0)
    dummy.next = head
    before = dummy
    for _ in range(p - 1):
        before = before.next
    # head-insertion: move each following node to the front of the stretch
    tail = before.next
    for _ in range(q - p):
        moving = tail.next
        tail.next = moving.next
        moving.next = before.next
        before.next = moving
    return dummy.next
