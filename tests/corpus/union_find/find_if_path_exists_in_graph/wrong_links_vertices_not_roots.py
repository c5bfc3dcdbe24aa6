# expect: wrong_answer
# grokpat: find-if-path-exists-in-graph
# mistake: split-group
def valid_path(n, edges, source, destination):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        parent[v] = find(u)  # re-parents v alone and cuts it off from its old group
    return find(source) == find(destination)
