# expect: suboptimal
# grokpat: topological-sort
def topological_sort(vertices, edges):
    # every step, look for a vertex whose parents are all placed, by scanning everything
    in_degree = [0] * vertices
    for _, child in edges:
        in_degree[child] += 1
    children = [[] for _ in range(vertices)]
    for parent, child in edges:
        children[parent].append(child)
    done = [False] * vertices
    order = []
    while len(order) < vertices:
        for v in range(vertices):
            if not done[v] and in_degree[v] == 0:
                break
        done[v] = True
        order.append(v)
        for child in children[v]:
            in_degree[child] -= 1
    return order
