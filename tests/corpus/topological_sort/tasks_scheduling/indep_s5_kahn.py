# expect: accepted
# grokpat: tasks-scheduling


def is_scheduling_possible(tasks, prerequisites):
    graph = defaultdict(list)
    indeg = [0] * tasks
    for a, b in prerequisites:
        graph[a].append(b)
        indeg[b] += 1
    ready = [t for t in range(tasks) if indeg[t] == 0]
    done = 0
    while ready:
        t = ready.pop()
        done += 1
        for nxt in graph[t]:
            indeg[nxt] -= 1
            if not indeg[nxt]:
                ready.append(nxt)
    return done == tasks
