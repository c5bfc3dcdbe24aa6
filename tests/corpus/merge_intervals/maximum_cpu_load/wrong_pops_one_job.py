# expect: wrong_answer
# grokpat: maximum-cpu-load
# mistake: pops-one-finished
def max_cpu_load(jobs):
    jobs.sort(key=lambda j: j[0])
    heap, cur, best = [], 0, 0
    for s, e, w in jobs:
        if heap and heap[0][0] <= s:  # only one finished job leaves: the others stay counted
            cur -= heappop(heap)[1]
        heappush(heap, (e, w))
        cur += w
        best = max(best, cur)
    return best
