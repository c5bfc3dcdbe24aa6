# expect: accepted
# grokpat: redundant-connection-ii


def find_redundant_directed_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    parent_of = [0] * (n + 1)
    cand1 = cand2 = None
    for u, v in edges:
        if parent_of[v]:
            cand1 = [parent_of[v], v]
            cand2 = [u, v]
        else:
            parent_of[v] = u

    uf = list(range(n + 1))

    def find(x):
        while uf[x] != x:
            uf[x] = uf[uf[x]]
            x = uf[x]
        return x

    for u, v in edges:
        if cand2 is not None and [u, v] == cand2:
            continue
        ru, rv = find(u), find(v)
        if ru == rv:
            # cycle without cand2
            return cand1 if cand1 is not None else [u, v]
        uf[rv] = ru
    return cand2
