# expect: suboptimal
# grokpat: merge-two-sorted-lists
def merge_two_lists(list1, list2):
    dummy = ListNode(0, list1)
    node = list2
    while node:
        nxt = node.next
        spot = dummy
        while spot.next and spot.next.val <= node.val:   # walk from the start for every node
            spot = spot.next
        node.next = spot.next
        spot.next = node
        node = nxt
    return dummy.next
