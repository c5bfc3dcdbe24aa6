# expect: wrong_answer
# grokpat: process-tasks-using-servers
import heapq


class Solution:
    def assign_tasks(self, servers: List[int], tasks: List[int]) -> List[int]:
        free = [(w, i) for i, w in enumerate(servers)]
        heapq.heapify(free)
        busy = []
        ans = []
        for j, d in enumerate(tasks):
            t = j                                 # forgets that a waiting task delays the ones behind it
            while busy and busy[0][0] <= t:
                _, w, i = heapq.heappop(busy)
                heapq.heappush(free, (w, i))
            if not free:
                t = busy[0][0]
                while busy and busy[0][0] == t:
                    _, w, i = heapq.heappop(busy)
                    heapq.heappush(free, (w, i))
            w, i = heapq.heappop(free)
            ans.append(i)
            heapq.heappush(busy, (t + d, w, i))
        return ans
