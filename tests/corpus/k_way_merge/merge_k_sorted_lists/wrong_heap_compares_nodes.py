# expect: runtime_error
# grokpat: merge-k-sorted-lists
def merge_k_lists(lists):
    heap = [(head.val, head) for head in lists if head]   # equal values fall through to comparing nodes
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
