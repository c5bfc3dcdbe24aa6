# expect: accepted
# grokpat: flood-fill
import sys

sys.setrecursionlimit(10000)


class Solution:
    def flood_fill(self, grid: List[List[int]], row: int, col: int, new_color: int) -> List[List[int]]:
        old = grid[row][col]
        if old == new_color:
            return grid
        R, C = len(grid), len(grid[0])

        def paint(r, c):
            if 0 <= r < R and 0 <= c < C and grid[r][c] == old:
                grid[r][c] = new_color
                paint(r + 1, c)
                paint(r - 1, c)
                paint(r, c + 1)
                paint(r, c - 1)

        paint(row, col)
        return grid
