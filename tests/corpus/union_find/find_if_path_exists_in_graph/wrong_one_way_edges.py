# expect: wrong_answer
# grokpat: find-if-path-exists-in-graph
# mistake: split-group
from collections import deque


def valid_path(n, edges, source, destination):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)  # the edge is only followed from u to v
    seen = {source}
    q = deque([source])
    while q:
        x = q.popleft()
        for y in graph[x]:
            if y not in seen:
                seen.add(y)
                q.append(y)
    return destination in seen
