# expect: suboptimal
# grokpat: maximum-cpu-load
def max_cpu_load(jobs):
    best = 0
    for job in jobs:
        t = job[0]
        best = max(best, sum(load for s, e, load in jobs if s <= t < e))
    return best
