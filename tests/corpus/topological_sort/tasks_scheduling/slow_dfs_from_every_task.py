# expect: suboptimal
# grokpat: tasks-scheduling
def is_scheduling_possible(tasks, prerequisites):
    # from every task, walk everything reachable and see whether we come back
    graph = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        graph[a].append(b)
    for start in range(tasks):
        stack, seen = list(graph[start]), set()
        while stack:
            t = stack.pop()
            if t == start:
                return False
            if t not in seen:
                seen.add(t)
                stack.extend(graph[t])
    return True
