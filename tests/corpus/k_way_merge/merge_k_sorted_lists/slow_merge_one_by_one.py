# expect: suboptimal
# grokpat: merge-k-sorted-lists
def merge_k_lists(lists):
    def merge(a, b):
        dummy = tail = ListNode()
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        return dummy.next

    merged = None
    for head in lists:               # the merged list is walked again for every list
        merged = merge(merged, head)
    return merged
