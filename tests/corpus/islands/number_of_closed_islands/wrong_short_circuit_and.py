# expect: wrong_answer
# grokpat: number-of-closed-islands
# mistake: closed-whole-island
class Solution:
    def closedIsland(self, grid):
        rows, cols = len(grid), len(grid[0])

        def closed(r, c):
            if r < 0 or c < 0 or r >= rows or c >= cols:
                return False
            if grid[r][c] != 1:
                return True
            grid[r][c] = 0
            # `and` stops at the first False: the rest of the island stays unvisited
            return closed(r + 1, c) and closed(r - 1, c) and closed(r, c + 1) and closed(r, c - 1)

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1 and closed(r, c):
                    count += 1
        return count


def count_closed_islands(grid):
    return Solution().closedIsland(grid)
