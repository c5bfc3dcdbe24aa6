# expect: suboptimal
# grokpat: employee-free-time
def employee_free_time(schedule):
    pos = [0] * len(schedule)
    free, last = [], None
    while True:
        best = -1
        for i, emp in enumerate(schedule):  # linear search for the next interval: O(k) per step
            if pos[i] < len(emp) and (best < 0 or emp[pos[i]][0] < schedule[best][pos[best]][0]):
                best = i
        if best < 0:
            return free
        s, e = schedule[best][pos[best]]
        pos[best] += 1
        if last is not None and s > last:
            free.append([last, s])
        last = e if last is None else max(last, e)
