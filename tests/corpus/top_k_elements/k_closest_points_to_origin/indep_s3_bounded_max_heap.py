# expect: accepted
# grokpat: k-closest-points-to-origin
def k_closest(points, k):
    heap = []  # (-dist2, index)
    for i, (x, y) in enumerate(points):
        d = x * x + y * y
        if len(heap) < k:
            heapq.heappush(heap, (-d, i))
        elif -d > heap[0][0]:
            heapq.heapreplace(heap, (-d, i))
    return [list(points[i]) for _, i in heap]
