# expect: wrong_answer
# grokpat: redundant-connection-ii
def find_redundant_directed_connection(edges):
    # the undirected version: the first edge that closes a cycle
    root = list(range(len(edges) + 1))

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
