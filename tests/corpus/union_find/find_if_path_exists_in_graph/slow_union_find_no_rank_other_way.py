# expect: suboptimal
# grokpat: find-if-path-exists-in-graph
def valid_path(n, edges, source, destination):
    parent = list(range(n))

    def find(x):
        return x if parent[x] == x else find(parent[x])

    for u, v in edges:
        parent[find(v)] = find(u)
    return find(source) == find(destination)
