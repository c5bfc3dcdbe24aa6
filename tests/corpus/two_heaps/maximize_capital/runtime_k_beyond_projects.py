# expect: runtime_error
# grokpat: maximize-capital
import heapq


class Solution:
    def find_maximized_capital(self, capital: List[int], profits: List[int], k: int, initial_capital: int) -> int:
        projects = sorted(zip(capital, profits))
        heap, i, w = [], 0, initial_capital
        for _ in range(k):
            while i < len(projects) and projects[i][0] <= w:
                heapq.heappush(heap, -projects[i][1])
                i += 1
            w -= heapq.heappop(heap)        # empty once nothing is affordable (or k > n)
        return w
