# expect: wrong_answer
# grokpat: all-tasks-scheduling-orders
# mistake: one-order
from collections import deque


def all_task_orders(tasks, prerequisites):
    # one topological order is not all of them
    after = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1
    q = deque(t for t in range(tasks) if in_degree[t] == 0)
    order = []
    while q:
        t = q.popleft()
        order.append(t)
        for b in after[t]:
            in_degree[b] -= 1
            if in_degree[b] == 0:
                q.append(b)
    return [order] if len(order) == tasks else []
