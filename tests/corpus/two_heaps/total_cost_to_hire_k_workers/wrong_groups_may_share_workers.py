# expect: wrong_answer
# grokpat: total-cost-to-hire-k-workers
import heapq


class Solution:
    def total_cost(self, costs: List[int], k: int, candidates: int) -> int:
        n = len(costs)
        front = [(costs[i], i) for i in range(min(candidates, n))]
        back = [(costs[i], i) for i in range(max(0, n - candidates), n)]   # overlaps the front group
        heapq.heapify(front)
        heapq.heapify(back)
        i, j = len(front), n - len(back) - 1
        total = 0
        for _ in range(k):
            if back and (not front or back[0] < front[0]):
                c, _ = heapq.heappop(back)
                if i <= j:
                    heapq.heappush(back, (costs[j], j))
                    j -= 1
            else:
                c, _ = heapq.heappop(front)
                if i <= j:
                    heapq.heappush(front, (costs[i], i))
                    i += 1
            total += c
        return total
