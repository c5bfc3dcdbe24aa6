# expect: suboptimal
# grokpat: topological-sort
def topological_sort(vertices, edges):
    # DFS post-order, but vertices are not remembered across starts: each start
    # re-walks everything below it
    graph = {v: [] for v in range(vertices)}
    for parent, child in edges:
        graph[parent].append(child)
    placed = set()
    order = []

    def visit(v, seen):
        seen.add(v)
        for child in graph[v]:
            if child not in seen:
                visit(child, seen)
        if v not in placed:
            placed.add(v)
            order.append(v)

    for v in range(vertices):
        visit(v, set())
    return order[::-1]
