# expect: suboptimal
# grokpat: number-of-islands-ii
def num_islands2(m, n, positions):
    root = [-1] * (m * n)

    def find(x):
        while root[x] != x:
            x = root[x]
        return x

    ans, islands = [], 0
    for r, c in positions:
        i = r * n + c
        if root[i] == -1:
            root[i] = i
            islands += 1
            for dr, dc in ((0, -1), (-1, 0), (0, 1), (1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < m and 0 <= cc < n and root[rr * n + cc] != -1:
                    a, b = find(i), find(rr * n + cc)
                    if a != b:
                        root[b] = a
                        islands -= 1
        ans.append(islands)
    return ans
