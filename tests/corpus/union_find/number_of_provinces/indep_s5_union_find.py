# expect: accepted
# grokpat: number-of-provinces


def find_circle_num(is_connected: list[list[int]]) -> int:
    n = len(is_connected)
    parent = list(range(n))

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    groups = n
    for i in range(n):
        row = is_connected[i]
        for j in range(i + 1, n):
            if row[j]:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
                    groups -= 1
    return groups
