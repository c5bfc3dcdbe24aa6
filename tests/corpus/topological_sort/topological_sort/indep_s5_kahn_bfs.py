# expect: accepted
# grokpat: topological-sort


def topological_sort(vertices: int, edges: list[list[int]]) -> list[int]:
    children = [[] for _ in range(vertices)]
    indeg = [0] * vertices
    for p, c in edges:
        children[p].append(c)
        indeg[c] += 1
    q = deque(v for v in range(vertices) if indeg[v] == 0)
    order = []
    while q:
        v = q.popleft()
        order.append(v)
        for c in children[v]:
            indeg[c] -= 1
            if indeg[c] == 0:
                q.append(c)
    return order
