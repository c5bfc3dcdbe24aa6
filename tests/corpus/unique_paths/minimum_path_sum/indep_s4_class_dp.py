# expect: accepted
# grokpat: minimum-path-sum
class Solution:
    def min_path_sum(self, grid):
        rows, cols = len(grid), len(grid[0])
        best = [0] * cols
        acc = 0
        for j in range(cols):
            acc += grid[0][j]
            best[j] = acc
        for i in range(1, rows):
            r = grid[i]
            best[0] += r[0]
            for j in range(1, cols):
                best[j] = r[j] + min(best[j], best[j - 1])
        return best[-1]
