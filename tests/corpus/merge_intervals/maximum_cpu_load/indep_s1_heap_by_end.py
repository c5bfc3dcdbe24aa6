# expect: accepted
# grokpat: maximum-cpu-load
def max_cpu_load(jobs):
    heap = []
    cur = best = 0
    for s, e, load in sorted(jobs):
        while heap and heap[0][0] <= s:
            cur -= heapq.heappop(heap)[1]
        heapq.heappush(heap, (e, load))
        cur += load
        best = max(best, cur)
    return best
