# expect: wrong_answer
# grokpat: number-of-islands
# mistake: wrap-around
class Solution:
    def numIslands(self, grid):
        def sink(r, c):
            try:
                if grid[r][c] != 1:  # grid[-1] is the last row, not outside the map
                    return
            except IndexError:
                return
            grid[r][c] = 0
            sink(r + 1, c)
            sink(r - 1, c)
            sink(r, c + 1)
            sink(r, c - 1)

        count = 0
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == 1:
                    count += 1
                    sink(r, c)
        return count


def count_islands(grid):
    return Solution().numIslands(grid)
