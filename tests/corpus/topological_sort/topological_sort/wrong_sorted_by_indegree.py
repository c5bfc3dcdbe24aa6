# expect: wrong_answer
# grokpat: topological-sort
# mistake: parent-first
def topological_sort(vertices, edges):
    # vertices with fewer parents first: not enough when a chain is longer than one edge
    in_degree = [0] * vertices
    for _, child in edges:
        in_degree[child] += 1
    return sorted(range(vertices), key=lambda v: in_degree[v])
