# expect: suboptimal
# grokpat: is-graph-bipartite
from collections import deque


def is_bipartite(graph):
    # two-colour the component of every vertex from scratch
    n = len(graph)
    for start in range(n):
        color = {start: 0}
        q = deque([start])
        while q:
            u = q.popleft()
            for v in graph[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    q.append(v)
                elif color[v] == color[u]:
                    return False
    return True
