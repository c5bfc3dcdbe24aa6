# expect: accepted
# grokpat: number-of-provinces


def find_circle_num(is_connected):
    n = len(is_connected)
    visited = [False] * n
    provinces = 0
    for city in range(n):
        if visited[city]:
            continue
        provinces += 1
        visited[city] = True
        stack = [city]
        while stack:
            u = stack.pop()
            for v, linked in enumerate(is_connected[u]):
                if linked and not visited[v]:
                    visited[v] = True
                    stack.append(v)
    return provinces
