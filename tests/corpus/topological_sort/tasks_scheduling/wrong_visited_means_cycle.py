# expect: wrong_answer
# grokpat: tasks-scheduling
# mistake: dfs-states
def is_scheduling_possible(tasks, prerequisites):
    # one visited set for everything: a task reached twice by two routes looks like a cycle
    graph = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        graph[a].append(b)
    visited = set()

    def has_cycle(t):
        if t in visited:
            return True
        visited.add(t)
        return any(has_cycle(n) for n in graph[t])

    return not any(has_cycle(t) for t in range(tasks) if t not in visited)
