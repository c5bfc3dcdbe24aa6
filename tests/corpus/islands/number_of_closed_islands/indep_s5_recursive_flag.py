# expect: accepted
# grokpat: number-of-closed-islands
import sys

sys.setrecursionlimit(50000)


class Solution:
    def count_closed_islands(self, grid: List[List[int]]) -> int:
        R, C = len(grid), len(grid[0])

        def closed(r, c):
            # returns True if the island containing (r, c) never touches the border
            grid[r][c] = 2
            ok = not (r == 0 or c == 0 or r == R - 1 or c == C - 1)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] == 1:
                    ok = closed(nr, nc) and ok  # keep visiting the whole island
            return ok

        return sum(1 for r in range(R) for c in range(C) if grid[r][c] == 1 and closed(r, c))
