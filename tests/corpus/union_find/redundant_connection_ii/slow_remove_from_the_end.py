# expect: suboptimal
# grokpat: redundant-connection-ii
def find_redundant_directed_connection(edges):
    n = len(edges)
    for skip in range(n - 1, -1, -1):
        indeg = [0] * (n + 1)
        kids = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            if i != skip:
                indeg[v] += 1
                kids[u].append(v)
        roots = [v for v in range(1, n + 1) if indeg[v] == 0]
        if len(roots) != 1 or max(indeg) > 1:
            continue
        seen, stack = {roots[0]}, [roots[0]]
        while stack:
            for w in kids[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        if len(seen) == n:
            return edges[skip]
    return []
