# expect: wrong_answer
# grokpat: kth-smallest-in-m-sorted-lists
# mistake: pops-one-too-many
def kth_smallest_in_lists(lists, k):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    for _ in range(k):               # one pop too many: the top is now the (k+1)-th
        _, i, j = heapq.heappop(heap)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return heap[0][0]
