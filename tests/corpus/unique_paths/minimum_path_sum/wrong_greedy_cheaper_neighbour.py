# expect: wrong_answer
# grokpat: minimum-path-sum
def min_path_sum(grid):
    R, C = len(grid), len(grid[0])
    r = c = 0
    total = grid[0][0]
    while (r, c) != (R - 1, C - 1):
        down = grid[r + 1][c] if r + 1 < R else float("inf")
        right = grid[r][c + 1] if c + 1 < C else float("inf")
        if down <= right:  # greedy: the cheaper next cell is not the cheaper path
            r += 1
        else:
            c += 1
        total += grid[r][c]
    return total
