# expect: suboptimal
# grokpat: find-if-path-exists-in-graph
def valid_path(n, edges, source, destination):
    seen = [False] * n
    seen[source] = True
    changed = True
    while changed and not seen[destination]:
        changed = False
        for u, v in edges:
            if seen[u] != seen[v]:
                seen[u] = seen[v] = True
                changed = True
    return seen[destination]
