# expect: wrong_answer
# grokpat: minimum-height-trees
# mistake: isolated-vertices
def find_min_height_trees(n, edges):
    g = [[] for _ in range(n)]
    deg = [0] * n
    for a, b in edges:
        g[a].append(b)
        g[b].append(a)
        deg[a] += 1
        deg[b] += 1
    leaves = [v for v in range(n) if deg[v] == 1]  # a lone vertex has degree 0
    left = n
    while left > 2:
        left -= len(leaves)
        nxt = []
        for v in leaves:
            for w in g[v]:
                deg[w] -= 1
                if deg[w] == 1:
                    nxt.append(w)
        leaves = nxt
    return leaves
