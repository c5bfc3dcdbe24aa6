# expect: wrong_answer
# grokpat: tasks-scheduling-order
# mistake: parent-first
def find_order(tasks, prerequisites):
    # DFS pre-order from each unvisited task: a task can be listed before a prerequisite
    graph = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        graph[a].append(b)
    state = [0] * tasks
    order = []

    def dfs(t):
        state[t] = 1
        order.append(t)
        for b in graph[t]:
            if state[b] == 1:
                return False
            if state[b] == 0 and not dfs(b):
                return False
        state[t] = 2
        return True

    for t in range(tasks):
        if state[t] == 0 and not dfs(t):
            return []
    return order
