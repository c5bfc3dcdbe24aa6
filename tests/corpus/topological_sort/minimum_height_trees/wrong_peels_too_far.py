# expect: wrong_answer
# grokpat: minimum-height-trees
# mistake: two-centres
def find_min_height_trees(n, edges):
    if n == 1:
        return [0]
    g = [set() for _ in range(n)]
    for a, b in edges:
        g[a].add(b)
        g[b].add(a)
    leaves = [v for v in range(n) if len(g[v]) == 1]
    remaining = n
    while remaining > 1:  # should stop at two: a tree can have two centres
        remaining -= len(leaves)
        new = []
        for leaf in leaves:
            for nb in g[leaf]:
                g[nb].discard(leaf)
                if len(g[nb]) == 1:
                    new.append(nb)
        leaves = new
    return leaves
