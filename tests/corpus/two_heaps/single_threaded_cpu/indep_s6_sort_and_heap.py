# expect: accepted
# grokpat: single-threaded-cpu
def get_order(tasks):
    order = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
    ready = []
    out = []
    t = 0
    p = 0
    n = len(tasks)
    while len(out) < n:
        if not ready and t < tasks[order[p]][0]:
            t = tasks[order[p]][0]
        while p < n and tasks[order[p]][0] <= t:
            i = order[p]
            heapq.heappush(ready, (tasks[i][1], i))
            p += 1
        dur, i = heapq.heappop(ready)
        out.append(i)
        t += dur
    return out
