# expect: accepted
# grokpat: connect-ropes
class Solution:
    def min_cost_to_connect_ropes(self, ropes: List[int]) -> int:
        h = list(ropes)
        heapq.heapify(h)
        total = 0
        while len(h) > 1:
            a = heapq.heappop(h)
            b = heapq.heappop(h)
            total += a + b
            heapq.heappush(h, a + b)
        return total
