# expect: runtime_error
# grokpat: single-threaded-cpu
import heapq


class Solution:
    def get_order(self, tasks: List[List[int]]) -> List[int]:
        idx = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
        heap, order, k = [], [], 0
        time = tasks[idx[0]][0]
        while len(order) < len(tasks):
            while k < len(idx) and tasks[idx[k]][0] <= time:
                heapq.heappush(heap, (tasks[idx[k]][1], idx[k]))
                k += 1
            p, i = heapq.heappop(heap)       # empty while the CPU should sit idle
            time += p
            order.append(i)
        return order
