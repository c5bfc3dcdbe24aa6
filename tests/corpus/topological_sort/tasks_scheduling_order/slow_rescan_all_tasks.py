# expect: suboptimal
# grokpat: tasks-scheduling-order
def find_order(tasks, prerequisites):
    needs = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        needs[b].append(a)
    done = [False] * tasks
    order = []
    progress = True
    while progress:
        progress = False
        for t in range(tasks):  # one sweep; a task is taken once everything it needs is done
            if not done[t] and all(done[a] for a in needs[t]):
                done[t] = True
                order.append(t)
                progress = True
                break
    return order if len(order) == tasks else []
