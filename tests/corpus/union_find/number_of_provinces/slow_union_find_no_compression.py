# expect: suboptimal
# grokpat: number-of-provinces
def find_circle_num(is_connected):
    n = len(is_connected)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:  # no path compression
            x = parent[x]
        return x

    count = n
    for i in range(n):
        for j in range(i + 1, n):
            if is_connected[i][j]:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b  # no union by rank: chains grow
                    count -= 1
    return count
