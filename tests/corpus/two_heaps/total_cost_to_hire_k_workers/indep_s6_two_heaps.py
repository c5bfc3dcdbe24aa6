# expect: accepted
# grokpat: total-cost-to-hire-k-workers
import heapq
from typing import List


class Solution:
    def total_cost(self, costs: List[int], k: int, candidates: int) -> int:
        n = len(costs)
        left, right = [], []
        i, j = 0, n - 1
        while i <= j and len(left) < candidates:
            heapq.heappush(left, (costs[i], i))
            i += 1
        while i <= j and len(right) < candidates:
            heapq.heappush(right, (costs[j], j))
            j -= 1
        total = 0
        for _ in range(k):
            if right and (not left or right[0] < left[0]):
                c, _idx = heapq.heappop(right)
                if i <= j:
                    heapq.heappush(right, (costs[j], j))
                    j -= 1
            else:
                c, _idx = heapq.heappop(left)
                if i <= j:
                    heapq.heappush(left, (costs[i], i))
                    i += 1
            total += c
        return total
