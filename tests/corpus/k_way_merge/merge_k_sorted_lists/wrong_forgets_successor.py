# expect: wrong_answer
# grokpat: merge-k-sorted-lists
# mistake: successor-not-pushed
def merge_k_lists(lists):
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node      # node.next is never pushed: its list is dropped after it
    tail.next = None
    return dummy.next
