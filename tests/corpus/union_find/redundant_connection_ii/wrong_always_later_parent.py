# expect: wrong_answer
# grokpat: redundant-connection-ii
def find_redundant_directed_connection(edges):
    n = len(edges)
    par = [0] * (n + 1)
    for u, v in edges:
        if par[v]:
            return [u, v]  # the later parent edge is not always the one to remove
        par[v] = u
    root = list(range(n + 1))

    def find(x):
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return [u, v]
        root[a] = b
    return []
