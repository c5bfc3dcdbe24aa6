# expect: wrong_answer
# grokpat: is-graph-bipartite
from collections import deque


def is_bipartite(graph):
    color = [-1] * len(graph)
    color[0] = 0
    q = deque([0])  # only the component of vertex 0 is ever coloured
    while q:
        u = q.popleft()
        for v in graph[u]:
            if color[v] == -1:
                color[v] = 1 - color[u]
                q.append(v)
            elif color[v] == color[u]:
                return False
    return True
