# expect: wrong_answer
# grokpat: total-cost-to-hire-k-workers
# mistake: tie-to-the-back
import heapq


def total_cost(costs, k, candidates):
    front, back = [], []
    i, j = 0, len(costs) - 1
    total = 0
    for _ in range(k):
        while len(front) < candidates and i <= j:
            heapq.heappush(front, costs[i])
            i += 1
        while len(back) < candidates and i <= j:
            heapq.heappush(back, costs[j])
            j -= 1
        if back and (not front or back[0] <= front[0]):     # a tie should go to the front (smaller index)
            total += heapq.heappop(back)
        else:
            total += heapq.heappop(front)
    return total
