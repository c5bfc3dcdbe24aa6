# expect: wrong_answer
# grokpat: minimum-height-trees
# mistake: highest-degree
def find_min_height_trees(n, edges):
    # the most connected vertices are not necessarily the centre
    degree = [0] * n
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    top = max(degree)
    return [v for v in range(n) if degree[v] == top]
