# expect: wrong_answer
# grokpat: is-graph-bipartite
def is_bipartite(graph):
    parent = list(range(len(graph)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u in range(len(graph)):
        for v in graph[u]:
            if find(u) == find(v):
                return False
            parent[find(u)] = find(v)  # joins the two ends of an edge: the opposite of what is needed
    return True
