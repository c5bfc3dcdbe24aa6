# expect: wrong_answer
# grokpat: connect-ropes
# mistake: lone-rope-charged
def min_cost_to_connect_ropes(ropes):
    if len(ropes) == 1:
        return ropes[0]              # nothing is connected, so the cost is 0
    heap = list(ropes)
    heapq.heapify(heap)
    cost = 0
    while len(heap) > 1:
        joined = heapq.heappop(heap) + heapq.heappop(heap)
        cost += joined
        heapq.heappush(heap, joined)
    return cost
