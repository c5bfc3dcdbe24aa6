# expect: wrong_answer
# grokpat: employee-free-time
# mistake: touching-handled-wrongly
def employee_free_time(schedule):
    heap = [(emp[0][0], i, 0) for i, emp in enumerate(schedule)]
    heapify(heap)
    free, last = [], None
    while heap:
        s, i, j = heappop(heap)
        if last is not None and s >= last:  # a touching pair gives an empty "gap" [t, t]
            free.append([last, s])
        last = schedule[i][j][1] if last is None else max(last, schedule[i][j][1])
        if j + 1 < len(schedule[i]):
            heappush(heap, (schedule[i][j + 1][0], i, j + 1))
    return free
