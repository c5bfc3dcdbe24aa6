# expect: suboptimal
# grokpat: kth-smallest-in-m-sorted-lists
def kth_smallest_in_lists(lists, k):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:                      # merges every number, not just the first k
        value, i, j = heapq.heappop(heap)
        merged.append(value)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return merged[k - 1]
