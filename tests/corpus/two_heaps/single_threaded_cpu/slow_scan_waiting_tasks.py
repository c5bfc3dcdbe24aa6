# expect: suboptimal
# grokpat: single-threaded-cpu
def get_order(tasks):
    pending = list(range(len(tasks)))
    time = 0
    order = []
    while pending:
        best = None
        for i in pending:
            if tasks[i][0] <= time and (best is None or tasks[i][1] < tasks[best][1] or (tasks[i][1] == tasks[best][1] and i < best)):
                best = i
        if best is None:
            time = min(tasks[i][0] for i in pending)
            continue
        pending.remove(best)
        time += tasks[best][1]
        order.append(best)
    return order
