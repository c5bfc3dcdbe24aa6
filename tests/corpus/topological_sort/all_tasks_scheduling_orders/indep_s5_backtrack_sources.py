# expect: accepted
# grokpat: all-tasks-scheduling-orders


def all_task_orders(tasks: int, prerequisites: list[list[int]]) -> list[list[int]]:
    adj = [[] for _ in range(tasks)]
    indeg = [0] * tasks
    for a, b in prerequisites:
        adj[a].append(b)
        indeg[b] += 1

    # cycle check first (Kahn): with a cycle no partial order can be completed
    tmp = indeg[:]
    stack = [t for t in range(tasks) if tmp[t] == 0]
    cnt = 0
    while stack:
        t = stack.pop()
        cnt += 1
        for b in adj[t]:
            tmp[b] -= 1
            if tmp[b] == 0:
                stack.append(b)
    if cnt != tasks:
        return []

    result = []
    order = []
    sources = [t for t in range(tasks) if indeg[t] == 0]

    def go(sources):
        if len(order) == tasks:
            result.append(order[:])
            return
        for i, t in enumerate(sources):
            rest = sources[:i] + sources[i + 1:]
            order.append(t)
            for b in adj[t]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    rest.append(b)
            go(rest)
            for b in adj[t]:
                indeg[b] += 1
            order.pop()

    go(sources)
    return result
