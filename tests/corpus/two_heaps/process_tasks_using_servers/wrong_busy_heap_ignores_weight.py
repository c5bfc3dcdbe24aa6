# expect: wrong_answer
# grokpat: process-tasks-using-servers
import heapq


def assign_tasks(servers, tasks):
    free = [(w, i) for i, w in enumerate(servers)]
    heapq.heapify(free)
    busy = []                                    # (end, index): weight left out of the order
    ans = []
    t = 0
    for j, d in enumerate(tasks):
        t = max(t, j)
        while busy and busy[0][0] <= t:
            _, i = heapq.heappop(busy)
            heapq.heappush(free, (servers[i], i))
        if free:
            _, i = heapq.heappop(free)
        else:
            t, i = heapq.heappop(busy)           # the smallest index among those finishing first, not the lightest
        heapq.heappush(busy, (t + d, i))
        ans.append(i)
    return ans
