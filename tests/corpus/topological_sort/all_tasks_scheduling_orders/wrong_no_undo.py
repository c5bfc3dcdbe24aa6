# expect: wrong_answer
# grokpat: all-tasks-scheduling-orders
# mistake: no-undo
from collections import deque


def all_task_orders(tasks, prerequisites):
    after = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1
    orders = []

    def go(order, sources):
        if len(order) == tasks:
            orders.append(list(order))
            return
        for i in range(len(sources)):
            t = sources[i]
            rest = sources[:i] + sources[i + 1:]
            for b in after[t]:
                in_degree[b] -= 1  # never restored for the next choice
                if in_degree[b] == 0:
                    rest.append(b)
            go(order + [t], rest)

    go([], [t for t in range(tasks) if in_degree[t] == 0])
    return orders
