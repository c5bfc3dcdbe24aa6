# expect: wrong_answer
# grokpat: cherry-pickup
# mistake: two-greedy-trips
def cherry_pickup(grid):
    n = len(grid)
    g = [row[:] for row in grid]

    def best_trip():
        NEG = float("-inf")
        dp = [[NEG] * n for _ in range(n)]
        par = {}
        for r in range(n):
            for c in range(n):
                if g[r][c] == -1:
                    continue
                if r == 0 and c == 0:
                    dp[r][c] = g[r][c]
                    continue
                up = dp[r - 1][c] if r else NEG
                left = dp[r][c - 1] if c else NEG
                if max(up, left) == NEG:
                    continue
                dp[r][c] = max(up, left) + g[r][c]
                par[(r, c)] = (r - 1, c) if up >= left else (r, c - 1)
        if dp[n - 1][n - 1] == NEG:
            return None
        cell = (n - 1, n - 1)
        cells = [cell]
        while cell != (0, 0):
            cell = par[cell]
            cells.append(cell)
        return dp[n - 1][n - 1], cells

    first = best_trip()
    if first is None:
        return 0
    total, cells = first
    for r, c in cells:
        g[r][c] = 0
    second, _ = best_trip()
    return total + second  # the best first trip can spoil the best pair of trips
