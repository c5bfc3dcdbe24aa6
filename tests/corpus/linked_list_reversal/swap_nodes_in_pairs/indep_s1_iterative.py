# expect: accepted
# grokpat: swap-nodes-in-pairs
class Node:
    def __init__(self, nxt=None):
        self.next = nxt

def swap_pairs(head):
    sentinel = Node(head)
    prev = sentinel
    while prev.next and prev.next.next:
        a = prev.next
        b = a.next
        a.next = b.next
        b.next = a
        prev.next = b
        prev = a
    return sentinel.next
