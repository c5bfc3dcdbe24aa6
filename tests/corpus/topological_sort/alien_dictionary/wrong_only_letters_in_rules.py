# expect: wrong_answer
# grokpat: alien-dictionary
# mistake: isolated-vertices
from collections import deque


def alien_order(words):
    graph, indeg = {}, {}
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                graph.setdefault(x, set())
                graph.setdefault(y, set())
                indeg.setdefault(x, 0)
                if y not in graph[x]:
                    graph[x].add(y)
                    indeg[y] = indeg.get(y, 0) + 1
                break
        else:
            if len(a) > len(b):
                return ""
    q = deque(c for c in indeg if indeg[c] == 0)
    out = []
    while q:
        c = q.popleft()
        out.append(c)
        for d in graph[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                q.append(d)
    return "".join(out) if len(out) == len(graph) else ""
