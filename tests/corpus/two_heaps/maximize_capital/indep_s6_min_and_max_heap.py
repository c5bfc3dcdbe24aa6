# expect: accepted
# grokpat: maximize-capital
import heapq


class Solution:
    def find_maximized_capital(self, capital, profits, k, initial_capital):
        min_cap = list(zip(capital, range(len(capital))))
        heapq.heapify(min_cap)
        max_profit = []
        cap = initial_capital
        for _ in range(min(k, len(capital))):
            while min_cap and min_cap[0][0] <= cap:
                _, i = heapq.heappop(min_cap)
                heapq.heappush(max_profit, -profits[i])
            if not max_profit:
                break
            cap += -heapq.heappop(max_profit)
        return cap
