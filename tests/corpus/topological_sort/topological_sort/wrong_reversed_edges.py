# expect: wrong_answer
# grokpat: topological-sort
# mistake: reversed-edges
from collections import deque


def topological_sort(vertices, edges):
    graph = [[] for _ in range(vertices)]
    in_degree = [0] * vertices
    for child, parent in edges:  # reads the pair the wrong way round
        graph[parent].append(child)
        in_degree[child] += 1
    queue = deque(v for v in range(vertices) if in_degree[v] == 0)
    order = []
    while queue:
        v = queue.popleft()
        order.append(v)
        for child in graph[v]:
            in_degree[child] -= 1
            if in_degree[child] == 0:
                queue.append(child)
    return order
