# expect: suboptimal
# grokpat: making-a-large-island
class Solution:
    def largestIsland(self, grid):
        n = len(grid)

        def biggest():
            seen = set()
            best = 0
            for i in range(n):
                for j in range(n):
                    if grid[i][j] == 1 and (i, j) not in seen:
                        seen.add((i, j))
                        stack, size = [(i, j)], 0
                        while stack:
                            x, y = stack.pop()
                            size += 1
                            for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                                if 0 <= a < n and 0 <= b < n and grid[a][b] == 1 and (a, b) not in seen:
                                    seen.add((a, b))
                                    stack.append((a, b))
                        best = max(best, size)
            return best

        best = biggest()
        for i in range(n):
            for j in range(n):
                if grid[i][j] == 0:
                    grid[i][j] = 1
                    best = max(best, biggest())
                    grid[i][j] = 0
        return best


def largest_island(grid):
    return Solution().largestIsland(grid)
