# expect: wrong_answer
# grokpat: k-closest-points-to-origin
def k_closest(points, k):
    heap = []
    for i, (x, y) in enumerate(points):
        heapq.heappush(heap, (x * x + y * y, i))   # min-heap: popping evicts the closest point
        if len(heap) > k:
            heapq.heappop(heap)
    return [points[i] for _, i in heap]
