# expect: accepted
# grokpat: number-of-islands-ii


def num_islands2(m: int, n: int, positions: list[list[int]]) -> list[int]:
    parent = [-1] * (m * n)  # -1: water
    size = [0] * (m * n)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    count = 0
    answer = []
    for r, c in positions:
        idx = r * n + c
        if parent[idx] == -1:
            parent[idx] = idx
            size[idx] = 1
            count += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < m and 0 <= nc < n:
                    j = nr * n + nc
                    if parent[j] != -1:
                        a, b = find(idx), find(j)
                        if a != b:
                            if size[a] < size[b]:
                                a, b = b, a
                            parent[b] = a
                            size[a] += size[b]
                            count -= 1
        answer.append(count)
    return answer
