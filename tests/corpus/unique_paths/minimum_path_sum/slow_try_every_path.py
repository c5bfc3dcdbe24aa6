# expect: suboptimal
# grokpat: minimum-path-sum
def min_path_sum(grid):
    R, C = len(grid), len(grid[0])

    def best(r, c):
        if r == R - 1 and c == C - 1:
            return grid[r][c]
        options = []
        if r + 1 < R:
            options.append(best(r + 1, c))
        if c + 1 < C:
            options.append(best(r, c + 1))
        return grid[r][c] + min(options)

    return best(0, 0)
