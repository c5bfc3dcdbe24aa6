# expect: accepted
# grokpat: maximum-cpu-load
def max_cpu_load(jobs):
    events = []
    for s, e, load in jobs:
        events.append((s, 1, load))
        events.append((e, 0, -load))  # ends sort before starts at the same time
    events.sort()
    cur = best = 0
    for _, _, d in events:
        cur += d
        if cur > best:
            best = cur
    return best
