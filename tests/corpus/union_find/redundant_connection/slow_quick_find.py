# expect: suboptimal
# grokpat: redundant-connection
def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))
    for a, b in edges:
        if parent[a] == parent[b]:  # quick-find: parent is the group label
            return [a, b]
        old, new = parent[b], parent[a]
        for v in range(len(parent)):
            if parent[v] == old:
                parent[v] = new
        parent[b] = new
    return []
