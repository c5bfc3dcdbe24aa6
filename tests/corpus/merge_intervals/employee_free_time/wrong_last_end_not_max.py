# expect: wrong_answer
# grokpat: employee-free-time
# mistake: block-not-widened
def employee_free_time(schedule):
    busy = sorted(iv for emp in schedule for iv in emp)
    free = []
    for prev, cur in zip(busy, busy[1:]):
        if cur[0] > prev[1]:  # compares with the previous interval only, not the latest end
            free.append([prev[1], cur[0]])
    return free
