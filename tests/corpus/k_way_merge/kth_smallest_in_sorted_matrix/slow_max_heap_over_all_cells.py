# expect: suboptimal
# grokpat: kth-smallest-in-sorted-matrix
def kth_smallest_in_matrix(matrix, k):
    heap = []                        # the k smallest cells seen so far, as a max-heap
    for row in matrix:
        for x in row:
            if len(heap) < k:
                heapq.heappush(heap, -x)
            elif -heap[0] > x:
                heapq.heapreplace(heap, -x)
    return -heap[0]
