# expect: suboptimal
# grokpat: redundant-connection
def find_redundant_connection(edges):
    n = len(edges)
    for skip in range(n - 1, -1, -1):
        adj = {v: [] for v in range(1, n + 1)}
        for i, (a, b) in enumerate(edges):
            if i != skip:
                adj[a].append(b)
                adj[b].append(a)
        seen, stack = {1}, [1]
        while stack:
            for w in adj[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        if len(seen) == n:
            return edges[skip]
    return []
