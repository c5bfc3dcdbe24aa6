# expect: runtime_error
# grokpat: merge-two-sorted-lists
def merge_two_lists(list1, list2):
    # choose the head first (crashes when a list is empty)
    if list1.val <= list2.val:
        head, list1 = list1, list1.next
    else:
        head, list2 = list2, list2.next
    tail = head
    while list1 and list2:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = list1 or list2
    return head
