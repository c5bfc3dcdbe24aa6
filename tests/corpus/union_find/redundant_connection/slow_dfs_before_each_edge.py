# expect: suboptimal
# grokpat: redundant-connection
from collections import defaultdict


def find_redundant_connection(edges):
    graph = defaultdict(set)

    def connected(u, v):
        stack, seen = [u], {u}
        while stack:
            x = stack.pop()
            if x == v:
                return True
            for y in graph[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    for u, v in edges:
        if u in graph and v in graph and connected(u, v):
            return [u, v]
        graph[u].add(v)
        graph[v].add(u)
    return []
