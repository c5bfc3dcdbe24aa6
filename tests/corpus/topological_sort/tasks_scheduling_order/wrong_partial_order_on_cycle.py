# expect: wrong_answer
# grokpat: tasks-scheduling-order
# mistake: cycle-unchecked
from collections import deque


def find_order(tasks, prerequisites):
    after = [[] for _ in range(tasks)]
    in_degree = [0] * tasks
    for a, b in prerequisites:
        after[a].append(b)
        in_degree[b] += 1
    queue = deque(t for t in range(tasks) if in_degree[t] == 0)
    order = []
    while queue:
        t = queue.popleft()
        order.append(t)
        for b in after[t]:
            in_degree[b] -= 1
            if in_degree[b] == 0:
                queue.append(b)
    return order  # forgets that a short order means a cycle
