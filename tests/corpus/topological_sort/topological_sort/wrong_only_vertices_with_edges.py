# expect: wrong_answer
# grokpat: topological-sort
# mistake: isolated-vertices
from collections import deque


def topological_sort(vertices, edges):
    graph, in_degree = {}, {}
    for parent, child in edges:
        graph.setdefault(parent, []).append(child)
        graph.setdefault(child, [])
        in_degree[child] = in_degree.get(child, 0) + 1
        in_degree.setdefault(parent, 0)
    queue = deque(v for v in in_degree if in_degree[v] == 0)
    order = []
    while queue:
        v = queue.popleft()
        order.append(v)
        for child in graph[v]:
            in_degree[child] -= 1
            if in_degree[child] == 0:
                queue.append(child)
    return order
