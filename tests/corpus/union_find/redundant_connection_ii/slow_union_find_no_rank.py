# expect: suboptimal
# grokpat: redundant-connection-ii
def find_redundant_directed_connection(edges):
    n = len(edges)
    par = [0] * (n + 1)
    cand1 = cand2 = None
    for u, v in edges:
        if par[v]:
            cand1, cand2 = [par[v], v], [u, v]
        else:
            par[v] = u
    root = list(range(n + 1))

    def find(x):
        while root[x] != x:
            x = root[x]
        return x

    for u, v in edges:
        if [u, v] == cand2:
            continue
        a, b = find(u), find(v)
        if a == b:
            return cand1 if cand1 else [u, v]
        root[a] = b
    return cand2
