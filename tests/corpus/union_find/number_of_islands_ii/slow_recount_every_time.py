# expect: suboptimal
# grokpat: number-of-islands-ii
def num_islands2(m, n, positions):
    grid = [[0] * n for _ in range(m)]
    out = []
    for r, c in positions:
        grid[r][c] = 1
        seen = [[False] * n for _ in range(m)]
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] and not seen[i][j]:
                    count += 1
                    seen[i][j] = True
                    stack = [(i, j)]
                    while stack:
                        x, y = stack.pop()
                        for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] and not seen[a][b]:
                                seen[a][b] = True
                                stack.append((a, b))
        out.append(count)
    return out
